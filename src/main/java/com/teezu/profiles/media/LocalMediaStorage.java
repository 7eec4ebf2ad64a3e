package com.teezu.profiles.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The default store: a folder ({@code <data dir>/media}); a file is written aside and moved into place atomically. */
final class LocalMediaStorage implements MediaStorage {

    private final Path root;

    LocalMediaStorage(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    @Override
    public void put(String key, byte[] bytes) throws IOException {
        Path target = resolve(key).orElseThrow(() -> new IllegalArgumentException("bad media key"));
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public boolean exists(String key) {
        return resolve(key).map(Files::isRegularFile).orElse(false);
    }

    @Override
    public Optional<Media> open(String key) throws IOException {
        Optional<Path> path = resolve(key).filter(Files::isRegularFile);
        if (path.isEmpty()) return Optional.empty();
        long size = Files.size(path.get());
        return Optional.of(new Media(Files.newInputStream(path.get()), size));
    }

    @Override
    public void check() throws IOException {
        if (!Files.isDirectory(root) || !Files.isWritable(root)) throw new IOException("media folder is not writable");
    }

    @Override
    public String describe() {
        return "local folder";
    }

    private Optional<Path> resolve(String key) {
        if (!MediaStorage.validKey(key)) return Optional.empty();
        Path p = root.resolve(key).normalize();
        return p.startsWith(root) ? Optional.of(p) : Optional.empty();
    }
}
