package com.teezu.profiles.media;

import com.teezu.profiles.shared.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.util.UUID;

/**
 * Turns an uploaded picture into the files we keep: every file is checked, re-encoded and stored under
 * a key we make. Decoding, re-encoding and storing happen before any database work and outside a
 * transaction, so no pool connection waits on image work or on the media store; files of a request
 * that then fails are never referenced, so nobody can reach them.
 */
@Service
public class MediaService {

    private static final Logger log = LoggerFactory.getLogger(MediaService.class);

    /** The three files of a content item: the re-encoded original, its thumbnail and its blurred preview. */
    public record ContentFiles(String mediaKey, String thumbKey, String blurKey) {
    }

    private final MediaStorage storage;

    MediaService(MediaStorage storage) {
        this.storage = storage;
    }

    /** A square 512 px avatar; its key. */
    public String storeAvatar(byte[] file) {
        var image = Images.decode(file);
        String key = "avatars/" + UUID.randomUUID() + "/avatar.jpg";
        put(key, Images.thumbnail(square(image), 512));
        return key;
    }

    /** A cover of at most 1600 px; its key. */
    public String storeCover(byte[] file) {
        var image = Images.decode(file);
        String key = "covers/" + UUID.randomUUID() + "/cover.jpg";
        put(key, Images.thumbnail(image, 1600));
        return key;
    }

    /** A content item's picture: the original re-encoded, a 480 px thumbnail and a blurred preview. */
    public ContentFiles storeContent(byte[] file) {
        var image = Images.decode(file);
        UUID folder = UUID.randomUUID();
        var original = Images.encode(image);
        var files = new ContentFiles("content/" + folder + "/original." + original.extension(),
                "content/" + folder + "/thumb.jpg", "content/" + folder + "/blur.jpg");
        put(files.mediaKey(), original.bytes());
        put(files.thumbKey(), Images.thumbnail(image, 480));
        put(files.blurKey(), Images.blurred(image, 480));
        return files;
    }

    private void put(String key, byte[] bytes) {
        try {
            storage.put(key, bytes);
        } catch (IOException e) {
            log.warn("Media {} could not be stored: {}", key, e.getMessage());
            throw ApiProblem.unavailable("media-unavailable", "The media store cannot be reached; nothing was saved, try again shortly");
        }
    }

    private static java.awt.image.BufferedImage square(java.awt.image.BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        return image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
    }
}
