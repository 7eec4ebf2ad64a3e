package com.teezu.profiles.support;

import com.teezu.profiles.TeezuProfilesApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * More nodes of the app beside the shared test app: each a whole app on its own ports, against the
 * same PostgreSQL (and Redis, on a channel of the test's own), with extra settings of the test's.
 */
public final class Nodes {

    private Nodes() {
    }

    /** The JDBC URL of the database the shared test app uses. */
    public static String jdbcUrlOf(DataSource dataSource) {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ConfigurableApplicationContext start(String jdbcUrl, String redisChannel, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--teezu.realtime-port=0", "--teezu.demo-data=false", "--teezu.media-secret=two-node-test-secret",
                "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        if (redisChannel != null) {
            args.add("--teezu.redis-url=redis://127.0.0.1:6379");
            args.add("--teezu.redis-channel=" + redisChannel);
        }
        try {
            args.add("--teezu.data-dir=" + Files.createTempDirectory("teezu-node"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(TeezuProfilesApplication.class).run(args.toArray(String[]::new));
    }

    public static String baseUrl(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getBean(Environment.class).getProperty("local.server.port");
    }
}
