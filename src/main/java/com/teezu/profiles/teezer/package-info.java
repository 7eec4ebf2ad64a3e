/** The AI clone: the creator's Teezer switch, her weekly schedule, the effective status everyone sees, and the scheduler that announces its changes. */
package com.teezu.profiles.teezer;
