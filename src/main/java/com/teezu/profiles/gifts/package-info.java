/** Gifts: the catalogue of gift types, sending one (paid in tokens, credited to the creator), and the public vault of gifts received. */
package com.teezu.profiles.gifts;
