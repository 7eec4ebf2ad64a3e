/** Media files: checked and re-encoded pictures, the local or S3 store, and the signed, expiring URLs that are the only way to reach a file. */
package com.teezu.profiles.media;
