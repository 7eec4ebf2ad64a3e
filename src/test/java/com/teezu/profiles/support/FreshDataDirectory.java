package com.teezu.profiles.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Before any test runs: a fresh, empty data folder (embedded PostgreSQL 16 + media) for this test
 * run, under target/test-data; the folders of earlier runs are removed.
 */
public class FreshDataDirectory implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("teezu.data-dir") != null) return;
        try {
            Path root = Path.of("target", "test-data").toAbsolutePath();
            if (Files.exists(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Path dir = Files.createDirectories(root.resolve("run-" + ProcessHandle.current().pid()));
            System.setProperty("teezu.data-dir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
