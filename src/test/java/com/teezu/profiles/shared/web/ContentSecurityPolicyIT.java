package com.teezu.profiles.shared.web;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's scripts may connect to its own origin and the realtime server it is told about, and nowhere else. */
@IntegrationTest
class ContentSecurityPolicyIT {

    @Autowired
    Api api;

    List<String> connectSrc(Api.Response r) {
        String csp = r.header("Content-Security-Policy");
        assertThat(csp).as("CSP on %s", r.status()).isNotNull().contains("default-src 'self'").contains("frame-ancestors 'none'");
        String directive = Arrays.stream(csp.split(";")).map(String::trim).filter(d -> d.startsWith("connect-src "))
                .findFirst().orElseThrow();
        return List.of(directive.substring("connect-src ".length()).split(" "));
    }

    @Test
    void connectSrcIsTheOwnOriginAndTheRealtimeServerOnly() {
        var where = api.get("/api/realtime").json();
        String realtime = where.get("url").stringValue(); // http://host:port
        String authority = realtime.substring(realtime.indexOf("://") + 3);
        var page = api.send("GET", "/@lovelylena", null, null, Map.of("Accept", "text/html"));
        assertThat(connectSrc(page)).containsExactlyInAnyOrder("'self'", "http://" + authority, "ws://" + authority);
        // errors carry it too, and never a bare scheme (ws: https:) that would allow every host
        var problem = api.get("/api/does-not-exist");
        assertThat(connectSrc(problem)).containsExactlyInAnyOrder("'self'", "http://" + authority, "ws://" + authority)
                .noneMatch(s -> s.endsWith(":"));
    }
}
