/** What creators publish: content items (public, premium, locked), likes, media storage and the signed, expiring URLs that are the only way to reach a file. */
package com.teezu.profiles.content;
