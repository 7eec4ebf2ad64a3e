/** Who is calling and what they may do: accounts, sessions, the roles, and the one access policy every feature asks. */
package com.teezu.profiles.auth;
