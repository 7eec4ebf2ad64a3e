package com.teezu.profiles.shared.web;

import com.teezu.profiles.TeezuProfilesApplication;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.TcpProxy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node whose PostgreSQL goes away under it (a relay in front of the shared database, cut and
 * restored): while it is gone every request that needs it is a 503 problem+json with Retry-After,
 * whether a controller or the session check met the failure, and health says DOWN with a 503; once it
 * is back the node serves again by itself.
 */
@IntegrationTest
class DatabaseOutageIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    Fixtures fixtures;

    @Test
    void whileTheDatabaseIsUnreachableEveryRequestIsA503ProblemAndTheNodeRecoversByItself() throws Exception {
        URI url;
        try (var c = dataSource.getConnection()) {
            url = URI.create(c.getMetaData().getURL().substring("jdbc:".length()));
        }
        var member = fixtures.aMember();
        var creator = fixtures.aCreator();
        try (var outage = new TcpProxy(url.getPort());
             var node = new SpringApplicationBuilder(TeezuProfilesApplication.class).run(
                     "--server.port=0", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + outage.port() + url.getPath(),
                     "--spring.datasource.username=postgres", "--teezu.realtime-port=0", "--teezu.demo-data=false",
                     "--teezu.redis-url=", "--teezu.data-dir=" + Files.createTempDirectory("teezu-node"),
                     "--spring.datasource.hikari.connection-timeout=1000", "--spring.main.banner-mode=off",
                     "--logging.level.root=warn")) {
            Api api = Api.at("http://127.0.0.1:" + node.getBean(Environment.class).getProperty("local.server.port"));
            String profile = "/api/users/" + creator.id() + "/profile";
            assertThat(api.get(profile).status()).isEqualTo(200);
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            assertThat(api.get("/api/auth/me", member.token()).status()).isEqualTo(200); // the node now knows this token

            outage.cut();
            // a controller's read and write: the failure reaches Spring MVC
            assertUnavailable(api.get(profile));
            assertUnavailable(api.put("/api/users/" + creator.id() + "/follow", member.token(), null));
            // a token this node has never seen: the session check (a servlet filter) meets the failure
            assertUnavailable(api.get("/api/wallet", creator.token()));
            var health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().at("/components/db/status").stringValue()).isEqualTo("DOWN");

            outage.restore();
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get(profile).status() == 200);
            assertThat(api.put("/api/users/" + creator.id() + "/follow", member.token(), null).status()).isEqualTo(200);
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        }
    }

    private static void assertUnavailable(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isEqualTo(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        assertThat(response.json().path("type").stringValue()).isEqualTo("urn:teezu:problem:database-unavailable");
        assertThat(response.json().path("status").intValue()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("Exception", "org.", "java.");
    }
}
