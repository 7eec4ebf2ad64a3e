package com.teezu.profiles.auth;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthIT {

    @Autowired
    Api api;

    static String newName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void registerLoginMeLogout() {
        String name = newName();
        var reg = api.post("/api/auth/register", null, Map.of("username", name, "password", "correct-horse-1", "displayName", "Neo 🔥"));
        assertThat(reg.status()).isEqualTo(201);
        assertThat(reg.json().at("/user/username").stringValue()).isEqualTo(name);
        assertThat(reg.json().at("/user/role").stringValue()).isEqualTo("member");
        assertThat(reg.header("set-cookie")).contains("teezu_session=").contains("HttpOnly").contains("SameSite=Lax");

        var login = api.post("/api/auth/login", null, Map.of("username", name.toUpperCase(), "password", "correct-horse-1"));
        assertThat(login.status()).isEqualTo(200);
        String token = login.json().get("token").stringValue();

        var me = api.get("/api/auth/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().at("/user/displayName").stringValue()).isEqualTo("Neo 🔥");
        assertThat(me.body()).doesNotContain("password");

        assertThat(api.post("/api/auth/logout", token, null).status()).isEqualTo(204);
        var after = api.get("/api/auth/me", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/problem+json");
    }

    @Test
    void duplicateUsernamesDifferingOnlyInCaseAreRejected() {
        String name = newName();
        assertThat(api.post("/api/auth/register", null, Map.of("username", name, "password", "correct-horse-1")).status()).isEqualTo(201);
        var again = api.post("/api/auth/register", null, Map.of("username", name.toUpperCase(), "password", "correct-horse-1"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/errors/0/field").stringValue()).isEqualTo("username");
    }

    @Test
    void invalidRegistrationNamesEveryField() {
        var r = api.post("/api/auth/register", null, Map.of("username", "a b", "password", "short"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        var wrong = api.post("/api/auth/login", null, Map.of("username", "sofie", "password", "not-the-password"));
        var unknown = api.post("/api/auth/login", null, Map.of("username", "nobody_" + newName(), "password", "not-the-password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    @Test
    void repeatedFailuresOnOneAccountAreRateLimited() {
        String name = newName();
        api.post("/api/auth/register", null, Map.of("username", name, "password", "correct-horse-1"));
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/auth/login", null, Map.of("username", name, "password", "wrong-" + i)).status()).isEqualTo(401);
        }
        var limited = api.post("/api/auth/login", null, Map.of("username", name, "password", "correct-horse-1"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.header("retry-after")).isNotBlank();
    }

    @Test
    void allDemoAccountsCanLogIn() {
        for (String u : new String[]{"lovelylena", "sam", "newbie", "victor", "sofie"}) {
            assertThat(api.login(u, "demo-password")).hasSize(43);
        }
    }

    @Test
    void cookieSessionsNeedTheCsrfHeaderForUnsafeMethods() {
        var login = api.post("/api/auth/login", null, Map.of("username", "sam", "password", "demo-password"));
        String token = login.json().get("token").stringValue();
        String csrf = login.json().get("csrfToken").stringValue();
        Map<String, String> cookie = Map.of("Cookie", "teezu_session=" + token);

        assertThat(api.send("GET", "/api/auth/me", null, null, cookie).status()).isEqualTo(200);
        var denied = api.send("POST", "/api/auth/logout", null, null, cookie);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        var wrong = api.send("POST", "/api/auth/logout", null, null, Map.of("Cookie", "teezu_session=" + token, "X-CSRF-Token", "nope"));
        assertThat(wrong.status()).isEqualTo(403);
        // still logged in, then a proper logout
        assertThat(api.send("GET", "/api/auth/me", null, null, cookie).status()).isEqualTo(200);
        var ok = api.send("POST", "/api/auth/logout", null, null, Map.of("Cookie", "teezu_session=" + token, "X-CSRF-Token", csrf));
        assertThat(ok.status()).isEqualTo(204);
    }

    @Test
    void aBadBearerTokenIsRejected() {
        var r = api.get("/api/auth/me", "x".repeat(43));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/users/lovelylena/profile", "garbage").status()).isEqualTo(401);
    }
}
