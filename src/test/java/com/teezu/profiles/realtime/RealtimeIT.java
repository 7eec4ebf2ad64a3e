package com.teezu.profiles.realtime;

import com.teezu.profiles.teezer.TeezerScheduler;

import com.teezu.profiles.profile.ProfileEvents;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.LeakScanner;
import com.teezu.profiles.support.SocketClients;
import com.teezu.profiles.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The official socket.io-client v4 against our server. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealtimeIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TeezerScheduler scheduler;
    @Autowired
    TestClock clock;

    SocketClients clients;
    String url;

    @BeforeAll
    void start() throws Exception {
        clients = new SocketClients();
        url = api.get("/api/realtime").json().get("url").stringValue();
    }

    @AfterAll
    void stop() {
        clients.close();
    }

    @Test
    void aValidTokenConnectsAndAnInvalidOneIsRefused() {
        var user = fixtures.aMember();
        String ok = clients.connect(url, user.token(), List.of("websocket"));
        assertThat(clients.connected(ok)).isTrue();
        String bad = clients.connect(url, "not-a-valid-token-at-all-not-a-valid-token", List.of("websocket"));
        assertThat(clients.connected(bad)).isFalse();
        assertThat(clients.connectError(bad)).contains("invalid");
        String anonymous = clients.connect(url, null, List.of("polling"));
        assertThat(clients.connected(anonymous)).isTrue();
    }

    @Test
    void theWebAppsSessionCookieAuthenticatesItsSocketOnlyFromAPageOfTheSameHost() {
        var creator = fixtures.aCreator();
        var barrierCreator = fixtures.aCreator();
        var fan = fixtures.aMember();
        var socketUrl = java.net.URI.create(url);
        String page = socketUrl.getScheme() + "://" + socketUrl.getHost() + ":" + api.baseUrl().replaceAll(".*:", "");
        String overWebsocket = clients.connectWithCookie(url, creator.token(), page, List.of("websocket"));
        String overPolling = clients.connectWithCookie(url, creator.token(), page, List.of("polling"));
        String staleCookie = clients.connectWithCookie(url, "no-such-session-no-such-session-no-such", page, List.of("websocket"));
        for (String s : List.of(overWebsocket, overPolling, staleCookie)) {
            assertThat(clients.connected(s)).as("a cookie never refuses a socket; at worst it is anonymous").isTrue();
        }
        // a page of another site is not let in at all (SocketGuardIT), so its cookie never counts
        String foreignPage = clients.connectWithCookie(url, creator.token(), "https://evil.example", List.of("websocket"));
        assertThat(clients.connected(foreignPage)).isFalse();
        clients.watch(staleCookie, barrierCreator.id().toString());

        assertThat(api.put("/api/users/" + creator.id() + "/follow", fan.token(), null).status()).isEqualTo(200);
        for (String s : List.of(overWebsocket, overPolling)) {
            clients.awaitEvent(s, "notification:new", d -> fan.username().equals(d.at("/from/username").stringValue()), Duration.ofSeconds(2));
        }
        // a later event to the anonymous sockets: once it is in, a notification would have been too
        api.patch("/api/users/me/profile", barrierCreator.token(), Map.of("currentMood", "chill"));
        clients.awaitEvent(staleCookie, "profile:mood", d -> true, Duration.ofSeconds(2));
        assertThat(clients.events(staleCookie, "notification:new")).isEmpty();
        assertThat(clients.events(foreignPage)).noneMatch(l -> "notification:new".equals(l.event()));
    }

    @Test
    void aFollowNotifiesTheFollowedUserWithinASecondAndNobodyElse() {
        var creator = fixtures.aCreator();
        var bystander = fixtures.aMember();
        var fan = fixtures.aMember();
        String creatorSocket = clients.connect(url, creator.token(), List.of("websocket"));
        String bystanderSocket = clients.connect(url, bystander.token(), List.of("websocket"));
        clients.watch(bystanderSocket, creator.id().toString());

        long sent = System.currentTimeMillis();
        assertThat(api.put("/api/users/" + creator.id() + "/follow", fan.token(), null).status()).isEqualTo(200);
        var note = clients.awaitEvent(creatorSocket, "notification:new", d -> true, Duration.ofSeconds(1));
        assertThat(note.data().path("type").stringValue()).isEqualTo("new_follower");
        assertThat(note.data().at("/from/username").stringValue()).isEqualTo(fan.username());
        assertThat(note.at() - sent).isLessThan(1000);

        // unfollowing notifies nobody; a barrier notification to the bystander proves nothing came before it
        api.delete("/api/users/" + creator.id() + "/follow", fan.token());
        api.put("/api/users/" + bystander.id() + "/follow", fan.token(), null);
        clients.awaitEvent(bystanderSocket, "notification:new", d -> true, Duration.ofSeconds(2));
        assertThat(clients.events(bystanderSocket, "notification:new")).hasSize(1);
        assertThat(clients.events(creatorSocket, "notification:new")).hasSize(1);

        var stored = api.get("/api/notifications", creator.token()).json();
        assertThat(stored.get("unread").intValue()).isEqualTo(1);
        assertThat(stored.at("/items/0/from/username").stringValue()).isEqualTo(fan.username());
        assertThat(api.post("/api/notifications/read", creator.token(), Map.of()).json().get("unread").intValue()).isZero();
        assertThat(api.get("/api/notifications").status()).isEqualTo(401);
    }

    @Test
    void storedNotificationsArePagedNewestFirstAndMarkedReadByTheirOwnerOnly() {
        var creator = fixtures.aCreator();
        List<String> fans = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var fan = fixtures.aMember();
            assertThat(api.put("/api/users/" + creator.id() + "/follow", fan.token(), null).status()).isEqualTo(200);
            fans.add(fan.username());
        }
        List<String> seen = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/notifications?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), creator.token()).json();
            assertThat(page.get("unread").intValue()).isEqualTo(7);
            page.get("items").forEach(item -> {
                seen.add(item.at("/from/username").stringValue());
                ids.add(item.get("id").stringValue());
                assertThat(item.get("read").booleanValue()).isFalse();
            });
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").stringValue();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(fans.reversed()); // newest first, each once

        // someone else cannot mark them read; their owner marks two, then the rest
        var other = fixtures.aMember();
        assertThat(api.post("/api/notifications/read", other.token(), Map.of("ids", ids)).json().get("marked").intValue()).isZero();
        var two = api.post("/api/notifications/read", creator.token(), Map.of("ids", ids.subList(0, 2))).json();
        assertThat(two.get("marked").intValue()).isEqualTo(2);
        assertThat(two.get("unread").intValue()).isEqualTo(5);
        var first = api.get("/api/notifications?limit=3", creator.token()).json();
        assertThat(first.at("/items/0/read").booleanValue()).isTrue();
        assertThat(first.at("/items/2/read").booleanValue()).isFalse();
        assertThat(api.post("/api/notifications/read", creator.token(), null).json().get("unread").intValue()).isZero();

        var bad = api.get("/api/notifications?limit=0", creator.token());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/notifications?cursor=not-a-cursor", creator.token()).status()).isEqualTo(400);
    }

    @Test
    void liveReachesAnonymousWatchersOverEveryTransport() {
        var creator = fixtures.aCreator();
        String ws = clients.connect(url, null, List.of("websocket"));
        String polling = clients.connect(url, null, List.of("polling"));
        String upgrading = clients.connect(url, null, null);
        for (String s : List.of(ws, polling, upgrading)) clients.watch(s, creator.id().toString());

        api.post("/api/users/" + creator.id() + "/live", creator.token(), Map.of("live", true));
        for (String s : List.of(ws, polling, upgrading)) {
            clients.awaitEvent(s, "profile:live", d -> d.path("isLive").booleanValue(), Duration.ofSeconds(3));
        }
        api.post("/api/users/" + creator.id() + "/live", creator.token(), Map.of("live", false));
        for (String s : List.of(ws, polling, upgrading)) {
            clients.awaitEvent(s, "profile:live", d -> !d.path("isLive").booleanValue(), Duration.ofSeconds(3));
            clients.awaitEvent(s, "profile:teezer", d -> "offline".equals(d.path("status").stringValue()), Duration.ofSeconds(3));
            clients.awaitEvent(s, "stats:update", d -> d.has("streamHours"), Duration.ofSeconds(3));
        }
    }

    @Test
    void afterABurstOfConcurrentFollowsTheLastCountAnnouncedIsTheTrueOne() throws Exception {
        var creator = fixtures.aCreator();
        String s = clients.connect(url, null, List.of("websocket"));
        clients.watch(s, creator.id().toString());
        var fans = new java.util.ArrayList<Fixtures.TestUser>();
        for (int i = 0; i < 16; i++) fans.add(fixtures.aMember());
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var futures = fans.stream().map(f -> pool.submit(() -> api.post("/api/users/" + creator.id() + "/follow", f.token(), null))).toList();
            for (var f : futures) assertThat(f.get().status()).isEqualTo(200);
            // a third unfollow again (a toggle), concurrently too
            futures = fans.subList(0, 6).stream().map(f -> pool.submit(() -> api.post("/api/users/" + creator.id() + "/follow", f.token(), null))).toList();
            for (var f : futures) assertThat(f.get().json().get("following").booleanValue()).isFalse();
        }
        int truth = api.get("/api/users/" + creator.id() + "/profile").json().at("/stats/followers").intValue();
        assertThat(truth).isEqualTo(10);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            var updates = clients.events(s, "stats:update").stream().filter(e -> creator.id().toString().equals(e.data().path("userId").stringValue())).toList();
            return !updates.isEmpty() && updates.getLast().data().path("followers").intValue() == truth;
        });
    }

    @Test
    void nothingArrivesAfterUnwatch() {
        var creator = fixtures.aCreator();
        var barrier = fixtures.aCreator();
        String s = clients.connect(url, null, List.of("websocket"));
        clients.watch(s, creator.id().toString());
        clients.watch(s, barrier.id().toString());
        clients.emit(s, "profile:unwatch", Map.of("userId", creator.id().toString()));
        api.patch("/api/users/me/profile", creator.token(), Map.of("currentMood", "sleepy"));
        api.patch("/api/users/me/profile", barrier.token(), Map.of("currentMood", "chill"));
        clients.awaitEvent(s, "profile:mood", d -> barrier.id().toString().equals(d.path("userId").stringValue()), Duration.ofSeconds(3));
        assertThat(clients.events(s, "profile:mood")).allMatch(l -> barrier.id().toString().equals(l.data().path("userId").stringValue()));
    }

    @Test
    void anOutsiderNeverReceivesAPrivateOrGatedKey() {
        String s = clients.connect(url, null, List.of("websocket"));
        String lenaId = fixtures.idOf("lovelylena").toString();
        clients.watch(s, lenaId);
        String lena = fixtures.sessionFor("lovelylena");
        var fan = fixtures.aMember();
        api.patch("/api/users/me/profile", lena, Map.of("currentMood", "playful", "bio",
                "Dutch creator 🔥 | Erotic entertainment | Streaming daily 20:00–23:00 🎥"));
        api.patch("/api/users/me/teezer", lena, Map.of("active", false));
        api.put("/api/users/lovelylena/follow", fan.token(), null);
        api.delete("/api/users/lovelylena/follow", fan.token());
        api.patch("/api/users/me/teezer", lena, Map.of("active", true));
        api.patch("/api/users/me/profile", lena, Map.of("currentMood", "spicy"));
        clients.awaitEvent(s, "profile:mood", d -> "spicy".equals(d.at("/mood/key").stringValue()), Duration.ofSeconds(3));
        Set<String> types = new HashSet<>();
        for (var e : clients.events(s)) {
            types.add(e.event());
            assertThat(LeakScanner.keysIn(e.data(), LeakScanner.PRIVATE_KEYS)).as(e.event()).isEmpty();
            assertThat(LeakScanner.keysIn(e.data(), LeakScanner.FANTASY_KEYS)).as(e.event()).isEmpty();
        }
        assertThat(types).contains("profile:mood", "profile:teezer", "stats:update");
    }

    @Test
    void aRolledBackChangeIsNeverAnnounced() {
        var creator = fixtures.aCreator();
        String s = clients.connect(url, null, List.of("websocket"));
        clients.watch(s, creator.id().toString());
        tx.executeWithoutResult(status -> {
            events.publishEvent(new ProfileEvents.LiveChanged(creator.id(), true));
            status.setRollbackOnly();
        });
        api.patch("/api/users/me/profile", creator.token(), Map.of("currentMood", "romantic")); // the barrier
        clients.awaitEvent(s, "profile:mood", d -> true, Duration.ofSeconds(3));
        assertThat(clients.events(s, "profile:live")).isEmpty();
    }

    @Test
    void aScheduleBoundaryPushesTheNewStatusWithoutARequest() {
        var creator = fixtures.aCreator();
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        LocalTime start = now.toLocalTime().plusMinutes(2).withSecond(0).withNano(0);
        String day = com.teezu.profiles.teezer.WeeklySchedule.keyOf(now.plusMinutes(2).getDayOfWeek());
        api.patch("/api/users/me/profile", creator.token(), Map.of("streamingSchedule", Map.of("timezone", "UTC",
                "days", Map.of(day, List.of(Map.of("start", start.toString(), "end", start.plusMinutes(30).toString(), "mode", "teezer"))))));
        String s = clients.connect(url, null, List.of("websocket"));
        clients.watch(s, creator.id().toString());
        scheduler.sweep(); // knows her as offline
        try {
            clock.advance(Duration.ofMinutes(3));
            scheduler.sweep();
            var pushed = clients.awaitEvent(s, "profile:teezer", d -> "teezer".equals(d.path("status").stringValue()), Duration.ofSeconds(3));
            assertThat(pushed.data().path("active").booleanValue()).isFalse();
        } finally {
            clock.reset();
        }
    }
}
