/** Direct messages: conversations between two people, their messages, read markers, paid messages and creators' DM policies. */
package com.teezu.profiles.messages;
