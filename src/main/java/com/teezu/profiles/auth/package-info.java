/** Who is calling and what they may do: accounts (with the rules for a username and a display name), sessions, the roles, and the one access policy every feature asks. */
package com.teezu.profiles.auth;
