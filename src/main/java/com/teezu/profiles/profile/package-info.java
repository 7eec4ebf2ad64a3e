/** The profile itself: who someone is right now (identity, mood, live, badge, pictures), its one-statement read, its edits, and the mood catalogue. */
package com.teezu.profiles.profile;
