package com.teezu.profiles.shared.web;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What never reaches a controller — refused by Tomcat, by the security firewall, or the error page
 * opened directly — is problem+json with the security headers too, and names no server.
 */
@IntegrationTest
class ContainerErrorsIT {

    @Autowired
    Api api;

    static void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        var json = r.json();
        assertThat(json.get("type").stringValue()).startsWith("urn:teezu:problem:");
        assertThat(json.get("status").intValue()).isEqualTo(status);
        assertThat(json.get("title").stringValue()).isNotBlank();
        assertThat(json.get("detail").stringValue()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception", "at com.", "org.", "Tomcat", "<html");
        assertThat(r.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(r.header("x-frame-options")).isEqualTo("DENY");
        assertThat(r.header("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(r.header("server")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/users/a;b/profile", "/api/users/lovelylena;jsessionid=x/profile", // path parameters: firewall
            "/api/../api/catalog", "/api/%2e%2e/api/catalog", "/api//catalog",   // traversal, empty segment: firewall
            "/api/users/%2Fetc/profile", "/api/users/a%5Cb/profile",            // encoded / and \\: Tomcat
            "/api/users/%00/profile", "/api/users/a\\b/profile",                 // NUL, raw backslash
            "/api/users/%zz/profile"                                             // broken percent-encoding
    })
    void aPathTheContainerOrFirewallRefusesIsA400Problem(String path) {
        assertProblem(api.raw("GET", path, Map.of("Accept", "application/json")), 400);
        // a browser navigation gets the same answer: nothing under /api is a page
        assertProblem(api.raw("GET", path, Map.of("Accept", "text/html")), 400);
    }

    @Test
    void traceIsRefusedAsAProblem() {
        var r = api.raw("TRACE", "/api/catalog", Map.of());
        assertProblem(r, 405);
        assertThat(r.body()).doesNotContain("TRACE /api");
    }

    @Test
    void anUnknownMethodIsA405ProblemNamingTheAllowedOnes() {
        var r = api.raw("FOO", "/api/catalog", Map.of());
        assertProblem(r, 405);
        assertThat(r.header("allow")).contains("GET").doesNotContain("TRACE");
    }

    @Test
    void theErrorPageOpenedDirectlyIsNotFound() {
        assertProblem(api.raw("GET", "/error", Map.of("Accept", "application/json")), 404);
        assertProblem(api.raw("POST", "/error", Map.of("Content-Length", "0")), 404);
        var r = api.get("/error");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("999");
    }

    @Test
    void aMalformedHeaderIsA400Problem() {
        assertProblem(api.raw("GET", "/api/catalog", Map.of("Bad Header", "x")), 400);
    }
}
