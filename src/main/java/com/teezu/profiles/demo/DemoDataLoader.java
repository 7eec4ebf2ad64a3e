package com.teezu.profiles.demo;

import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.media.MediaStorage;
import com.teezu.profiles.stats.StatsService;
import com.teezu.profiles.teezer.TeezerStudio;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.DEMO_DATA_MARKER;
import static com.teezu.profiles.db.Tables.USERS;

/**
 * Loads the demo data once, before the app takes requests: into the embedded database by default,
 * into an external one only with {@code TEEZU_DEMO_DATA=true}. A marker row keeps it from loading twice.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

    static final String PASSWORD = "demo-password";
    static final List<String> ACCOUNTS = List.of("lovelylena", "sam", "newbie", "victor", "sofie");
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DSLContext db;
    private final TransactionTemplate tx;
    private final StatsService stats;
    private final AuthService auth;
    private final MediaStorage media;
    private final TeezerStudio teezer;
    private final boolean enabled;

    DemoDataLoader(DSLContext db, TransactionTemplate tx, StatsService stats, AuthService auth, MediaStorage media, TeezerStudio teezer,
                   DemoSettings settings, Environment env) {
        this.db = db;
        this.teezer = teezer;
        this.tx = tx;
        this.stats = stats;
        this.auth = auth;
        this.media = media;
        boolean embedded = !env.containsProperty("spring.datasource.url") && !env.containsProperty("DATABASE_URL");
        this.enabled = settings.demoData() != null ? settings.demoData() : embedded;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) return;
        if (db.fetchExists(DEMO_DATA_MARKER)) {
            ensureImages();
            return;
        }
        long started = System.nanoTime();
        String script = read("demo/demo-data.sql");
        tx.executeWithoutResult(status -> {
            db.execute(script);
            stats.computeCountersFromRows(); // the script inserts rows; their counters follow from them
            for (String account : ACCOUNTS) auth.setPassword(account, PASSWORD);
            seedTeezer();
            db.execute(read("demo/demo-teezer.sql"));
        });
        ensureImages();
        log.info("Demo data loaded in {} ms: log in as lovelylena, sam, newbie, victor or sofie with '{}'",
                (System.nanoTime() - started) / 1_000_000, PASSWORD);
    }

    /** Lena's persona card and reply bank (each entry embedded as a creator's would be). */
    private void seedTeezer() {
        UUID lena = db.select(USERS.ID).from(USERS).where(USERS.USERNAME.eq("lovelylena")).fetchOne(USERS.ID);
        teezer.seedPersona(lena, new TeezerStudio.Persona("Playful, warm and teasing; Dutch directness and plenty of emoji",
                "No meeting in person, no phone numbers or other apps, no nudes in DMs. Nothing with minors, age play or without consent.",
                List.of("drugs", "politics")));
        for (String line : read("demo/teezer-bank.tsv").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            teezer.seedEntry(lena, f[0], String.join("\n", f[2].split("\\s*\\|\\s*")), f[3], Boolean.parseBoolean(f[1]));
        }
    }

    /** Pictures live in the data folder, so they are (re)made when missing. */
    private void ensureImages() {
        try {
            for (int n = 0; n < 12; n++) {
                String base = "content/00000000-0000-4000-8000-0000000001" + String.format("%02d", n) + "/";
                if (media.exists(base + "blur.png")) continue;
                BufferedImage original = DemoImages.picture(n, 720, 900, null);
                media.put(base + "original.png", DemoImages.png(original));
                media.put(base + "thumb.png", DemoImages.png(DemoImages.scale(original, 360, 450)));
                media.put(base + "blur.png", DemoImages.png(DemoImages.blurred(original, 360, 450)));
            }
            String avatar = "avatars/00000000-0000-4000-8000-000000000001/avatar.png";
            if (!media.exists(avatar)) media.put(avatar, DemoImages.png(DemoImages.picture(3, 256, 256, "L")));
            String cover = "covers/00000000-0000-4000-8000-000000000001/cover.png";
            if (!media.exists(cover)) media.put(cover, DemoImages.png(DemoImages.picture(5, 1200, 400, null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
