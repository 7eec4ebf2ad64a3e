/** What creators publish: posts (public, premium, locked), likes, and pay-to-unlock. */
package com.teezu.profiles.content;
