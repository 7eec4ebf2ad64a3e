package com.teezu.profiles.shared.web;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error is problem+json with a stable type, never a stack trace or a class name. */
@IntegrationTest
class ProblemsIT {

    @Autowired
    Api api;
    @Autowired
    com.teezu.profiles.support.Fixtures fixtures;

    void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        var json = r.json();
        assertThat(json.get("type").stringValue()).startsWith("urn:teezu:problem:");
        assertThat(json.get("status").intValue()).isEqualTo(status);
        assertThat(json.get("title").stringValue()).isNotBlank();
        assertThat(json.get("detail").stringValue()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at com.").doesNotContain("org.springframework");
    }

    @Test
    void unknownRoute() {
        assertProblem(api.get("/api/does-not-exist"), 404);
    }

    @Test
    void anUnknownPageInABrowserIsTheWebAppsNotFoundPageAndAProblemForEveryoneElse() {
        var page = api.send("GET", "/no/such/page", null, null, Map.of("Accept", "text/html,application/xhtml+xml"));
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"root\">");
        assertProblem(api.send("GET", "/no/such/page", null, null, Map.of("Accept", "application/json")), 404);
        assertProblem(api.send("GET", "/api/no-such-thing", null, null, Map.of("Accept", "text/html")), 404);
    }

    @Test
    void unknownUser() {
        assertProblem(api.get("/api/users/nobody_here_123/profile"), 404);
        assertProblem(api.get("/api/users/00000000-0000-0000-0000-000000000042/profile"), 404);
        assertProblem(api.get("/api/users/not%20a%20name!/profile"), 404);
    }

    @Test
    void wrongMethod() {
        assertProblem(api.delete("/api/catalog", null), 405);
    }

    @Test
    void wrongMediaType() {
        assertProblem(api.send("POST", "/api/auth/login", null, "username=sam", Map.of("Content-Type", "text/plain")), 415);
    }

    @Test
    void malformedJson() {
        assertProblem(api.post("/api/auth/login", null, "{\"username\": "), 400);
    }

    @Test
    void unknownFieldIsNamed() {
        var r = api.post("/api/auth/login", null, "{\"username\":\"sam\",\"password\":\"x\",\"role\":\"staff\"}");
        assertProblem(r, 400);
        assertThat(r.json().at("/errors/0/field").stringValue()).isEqualTo("role");
    }

    @Test
    void wrongTypeIsNamed() {
        var r = api.post("/api/auth/login", null, "{\"username\":{\"a\":1},\"password\":\"x\"}");
        assertProblem(r, 400);
        assertThat(r.json().at("/errors/0/field").stringValue()).isEqualTo("username");
    }

    @Test
    void anOversizedJsonBodyIsRefusedUnread() {
        var member = fixtures.aMember();
        String before = api.get("/api/users/me/profile", member.token()).body();
        var r = api.patch("/api/users/me/profile", member.token(), "{\"bio\":\"" + "x".repeat(300_000) + "\"}");
        assertProblem(r, 413);
        assertThat(api.get("/api/users/me/profile", member.token()).body()).isEqualTo(before);
    }

    @Test
    void anonymousWhereLoginIsNeeded() {
        assertProblem(api.get("/api/auth/me"), 401);
        assertProblem(api.get("/api/users/me/profile"), 401);
    }

    @Test
    void actuatorShowsHealthOnly() {
        var health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\"");
        assertThat(api.get("/actuator/env").status()).isIn(401, 403, 404);
        assertThat(api.get("/actuator/beans").status()).isIn(401, 403, 404);
        assertThat(api.get("/actuator/env", fixtures.sessionFor("sofie")).status()).isIn(403, 404);
    }
}
