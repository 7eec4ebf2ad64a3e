package com.teezu.profiles.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Media files by key ({@code content/<uuid>/thumb.jpg}): a local folder under the data folder by
 * default, an S3-compatible bucket when {@code TEEZU_S3_ENDPOINT} is set. Keys are made by us, never
 * by clients; anything else is refused before it reaches the disk or the network. Files are only ever
 * served through {@link MediaController}, behind a signed URL: the store itself is never public.
 */
public interface MediaStorage {

    Pattern KEY = Pattern.compile("^(avatars|covers|content)/[0-9a-f-]{36}/[a-z0-9_]{1,32}\\.(png|jpg|webp)$");

    /** An opened file: the caller closes the stream. */
    record Media(InputStream body, long size) {
    }

    /** Stores the bytes under the key, replacing what was there; readers never see a half-written file. */
    void put(String key, byte[] bytes) throws IOException;

    boolean exists(String key) throws IOException;

    Optional<Media> open(String key) throws IOException;

    /** Can the store be reached right now (for the health endpoint)? */
    void check() throws IOException;

    /** Where files go, for logs and health; never a credential. */
    String describe();

    static boolean validKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    static String contentType(String key) {
        return key.endsWith(".png") ? "image/png" : key.endsWith(".jpg") ? "image/jpeg" : "image/webp";
    }
}
