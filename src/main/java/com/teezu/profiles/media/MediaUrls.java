package com.teezu.profiles.media;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signed, expiring media URLs: {@code /media/<key>?exp=<epoch s>&sig=<HMAC-SHA256>}. The expiry is
 * rounded up to a window so the same file keeps the same URL for a while (browser caches, ETags).
 * The key comes from {@code TEEZU_MEDIA_SECRET}, else from a random one kept in the data folder.
 */
@Component
public class MediaUrls {

    public record Signed(String url, Instant expiresAt) {
    }

    private final Mac prototype;
    private final com.github.benmanes.caffeine.cache.Cache<String, Signed> recent =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();
    private final long ttlSeconds;
    private final Clock clock;

    MediaUrls(MediaSettings settings, Clock clock) throws IOException {
        try {
            this.prototype = Mac.getInstance("HmacSHA256");
            this.prototype.init(new SecretKeySpec(secret(settings), "HmacSHA256"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        this.ttlSeconds = Math.max(60, settings.mediaUrlTtl().toSeconds());
        this.clock = clock;
    }

    public String url(String key) {
        return sign(key).url();
    }

    public Signed sign(String key) {
        long now = clock.instant().getEpochSecond();
        long window = ttlSeconds / 2;
        long exp = (now / window + 1) * window + ttlSeconds - window;
        // the same key gets the same URL for the whole window: sign it once (a profile shows ~20 of them)
        Signed known = recent.getIfPresent(key);
        if (known != null && known.expiresAt().getEpochSecond() == exp) return known;
        Signed fresh = new Signed("/media/" + key + "?exp=" + exp + "&sig=" + signature(key, exp), Instant.ofEpochSecond(exp));
        recent.put(key, fresh);
        return fresh;
    }

    /** A short-lived URL minted now for one reveal (not rounded). */
    public Signed signFresh(String key) {
        long exp = clock.instant().getEpochSecond() + ttlSeconds;
        return new Signed("/media/" + key + "?exp=" + exp + "&sig=" + signature(key, exp), Instant.ofEpochSecond(exp));
    }

    boolean valid(String key, long exp, String sig) {
        if (sig == null || exp < clock.instant().getEpochSecond()) return false;
        return MessageDigest.isEqual(signature(key, exp).getBytes(StandardCharsets.US_ASCII),
                sig.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String key, long exp) {
        try {
            Mac mac = (Mac) prototype.clone(); // a keyed copy: no provider lookup or key set-up per URL
            byte[] out = mac.doFinal((key + "\n" + exp).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] secret(MediaSettings settings) throws IOException {
        if (settings.mediaSecret() != null && !settings.mediaSecret().isBlank()) {
            return settings.mediaSecret().getBytes(StandardCharsets.UTF_8);
        }
        Path file = settings.dataDir().toAbsolutePath().resolve("media.secret");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            // created owner-only from the start (no moment in which others could read it), then linked
            // into place whole: link(2) never replaces, so of two nodes starting on one folder the first wins
            boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
            Path tmp = posix
                    ? Files.createTempFile(file.getParent(), ".media", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(file.getParent(), ".media", ".tmp");
            try {
                Files.writeString(tmp, HexFormat.of().formatHex(random));
                if (posix) Files.createLink(file, tmp);
                else Files.move(tmp, file);
            } catch (java.nio.file.FileAlreadyExistsException lost) {
                // another node on the same folder wrote it first: use theirs
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return HexFormat.of().parseHex(Files.readString(file).trim());
    }
}
