/** The fantasy profile: its catalogues (DNA dimensions, kinks, intents, availability), the DNA quiz, and storing it. */
package com.teezu.profiles.fantasy;
