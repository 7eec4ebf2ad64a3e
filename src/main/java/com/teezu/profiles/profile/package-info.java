/** The profile itself: who someone is right now (identity, mood, live, badge), its one-statement read, its edits, and the catalogues the UI draws from. */
package com.teezu.profiles.profile;
