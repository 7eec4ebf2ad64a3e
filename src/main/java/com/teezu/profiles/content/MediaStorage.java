package com.teezu.profiles.content;

import com.teezu.profiles.shared.TeezuSettings;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Media files by key ({@code content/<uuid>/thumb.png}), in a local folder under the data folder.
 * Keys are made by us, never by clients; anything else is refused before it touches the disk.
 */
@Component
public class MediaStorage {

    static final Pattern KEY = Pattern.compile("^(avatars|covers|content)/[0-9a-f-]{36}/[a-z0-9_]{1,32}\\.(png|jpg|webp)$");

    private final Path root;

    MediaStorage(TeezuSettings settings) throws IOException {
        this.root = settings.dataDir().toAbsolutePath().normalize().resolve("media");
        Files.createDirectories(root);
    }

    public void put(String key, byte[] bytes) throws IOException {
        Path target = resolve(key).orElseThrow(() -> new IllegalArgumentException("bad media key"));
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public boolean exists(String key) {
        return resolve(key).map(Files::isRegularFile).orElse(false);
    }

    Optional<InputStream> open(String key) throws IOException {
        Optional<Path> path = resolve(key).filter(Files::isRegularFile);
        return path.isEmpty() ? Optional.empty() : Optional.of(Files.newInputStream(path.get()));
    }

    Optional<Long> size(String key) throws IOException {
        Optional<Path> path = resolve(key).filter(Files::isRegularFile);
        return path.isEmpty() ? Optional.empty() : Optional.of(Files.size(path.get()));
    }

    private Optional<Path> resolve(String key) {
        if (key == null || !KEY.matcher(key).matches()) return Optional.empty();
        Path p = root.resolve(key).normalize();
        return p.startsWith(root) ? Optional.of(p) : Optional.empty();
    }
}
