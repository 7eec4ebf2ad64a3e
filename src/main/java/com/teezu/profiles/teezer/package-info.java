/** The AI clone: the creator's Teezer switch, her weekly schedule, and the effective status everyone sees. */
package com.teezu.profiles.teezer;
