package com.teezu.profiles;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.media.MediaIT;
import com.teezu.profiles.payments.ProviderSide;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.Fixtures.TestUser;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.PURCHASES;
import static com.teezu.profiles.support.Api.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The API document is the contract: the one the code serves is the one committed for the front end
 * ({@code frontend/openapi.json}), and every operation in it is called (a success and a typical error)
 * with real users, each answer checked against it: a status it lists, a media type it lists, a body its
 * schema accepts. Every object schema is closed, so a field the code sends and the document does not
 * know fails here, and so does an operation the document has and this test does not call.
 */
@IntegrationTest
class OpenApiContractIT {

    static final Path COMMITTED = Path.of("frontend", "openapi.json");
    static final String REGENERATE = "mvn -B -ntp -DskipFrontend -Dtest=OpenApiContractIT -Dteezu.openapi.write=true test";
    /** Operations that cannot fail for a caller's reason: only a success is asked of them. */
    static final Set<String> NO_CLIENT_ERROR = Set.of("GET /api/catalog", "GET /api/dna-quiz", "GET /api/realtime",
            "GET /api/wallet/packages");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    String served;
    JsonNode document;
    OpenApiInteractionValidator validator;
    final Map<String, Set<Integer>> exercised = new TreeMap<>();
    final List<String> failures = new ArrayList<>();

    @BeforeEach
    void load() {
        var response = api.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        served = response.body();
        document = JSON.readTree(served);
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(served)
                .withLevelResolver(LevelResolver.create()
                        // every object schema closed: the validator adds additionalProperties: false to each one
                        // that has properties and does not say otherwise (maps keep theirs)
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .withLevel("validation.response.status.unknown", ValidationReport.Level.ERROR)
                        .withLevel("validation.response.contentType.notAllowed", ValidationReport.Level.ERROR)
                        .withLevel("validation.response.body.missing", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        assertThat(document.get("openapi").stringValue()).startsWith("3.1");
        JsonNode committed = Files.exists(COMMITTED) ? JSON.readTree(Files.readString(COMMITTED)) : null;
        if (document.equals(committed)) return;
        if (Boolean.getBoolean("teezu.openapi.write")) {
            Files.writeString(COMMITTED, served.strip() + "\n");
            return;
        }
        fail(COMMITTED + " is not the document the code serves at /v3/api-docs (first difference at "
                + (committed == null ? "/: no such file" : firstDifference(committed, document, "")) + ").\n"
                + "If the change is meant, regenerate it with\n    " + REGENERATE
                + "\nand commit it (the front end's types follow from it: npm run gen:api in frontend/).");
    }

    @Test
    void theValidatorTreatsEveryObjectAsClosed() {
        var realtime = api.get("/api/realtime");
        assertThat(errors("GET", "/api/realtime", realtime.status(), realtime.contentType(), realtime.body())).isEmpty();
        ObjectNode extra = (ObjectNode) realtime.json().deepCopy();
        extra.put("undocumented", 1);
        assertThat(errors("GET", "/api/realtime", 200, "application/json", extra.toString())).isNotEmpty();
        ObjectNode missing = (ObjectNode) realtime.json().deepCopy();
        missing.remove("path");
        assertThat(errors("GET", "/api/realtime", 200, "application/json", missing.toString())).isNotEmpty();

        var catalog = api.get("/api/catalog");
        ObjectNode nested = (ObjectNode) catalog.json().deepCopy();
        ((ObjectNode) nested.get("moods").get(0)).put("undocumented", true);
        assertThat(errors("GET", "/api/catalog", 200, "application/json", nested.toString())).isNotEmpty();

        var problem = api.get("/api/users/nobody_here_42/profile");
        assertThat(errors("GET", "/api/users/nobody_here_42/profile", 404, problem.contentType(), problem.body())).isEmpty();
        ObjectNode loose = (ObjectNode) problem.json().deepCopy();
        loose.put("stackTrace", "at com.teezu…");
        assertThat(errors("GET", "/api/users/nobody_here_42/profile", 404, problem.contentType(), loose.toString())).isNotEmpty();
    }

    @Test
    void theDocumentsExamplesAreValidAnswers() {
        JsonNode examples = document.at("/components/examples");
        assertThat(errors("GET", "/api/users/lovelylena/profile", 200, "application/json",
                examples.at("/lovelylenaProfile/value").toString())).isEmpty();
        assertThat(errors("PATCH", "/api/users/me/profile", 400, "application/problem+json",
                examples.at("/invalidInput/value").toString())).isEmpty();
        assertThat(errors("GET", "/api/users/nobody/profile", 404, "application/problem+json",
                examples.at("/notFound/value").toString())).isEmpty();
    }

    @Test
    void everyOperationAnswersAsTheDocumentSays() throws IOException {
        TestUser creator = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        TestUser member = fixtures.aMember();
        TestUser staff = fixtures.aStaffMember();
        String anonymous = null;
        fixtures.giveFantasyProfile(creator.id(), ConsentLevel.explicit);
        fixtures.giveTokens(fan.id(), 1_000);
        String c = creator.id().toString();
        String nobody = UUID.randomUUID().toString();

        // auth
        String name = "oa" + Long.toString(System.nanoTime(), 36);
        var registered = call(201, "POST", "/api/auth/register", anonymous,
                Map.of("username", name, "password", "a-long-enough-password", "displayName", "Open API"));
        call(409, "POST", "/api/auth/register", anonymous, Map.of("username", name, "password", "a-long-enough-password"));
        call(400, "POST", "/api/auth/register", anonymous, Map.of("username", "x", "password", "short"));
        var login = call(200, "POST", "/api/auth/login", anonymous, Map.of("username", name, "password", "a-long-enough-password"));
        call(401, "POST", "/api/auth/login", anonymous, Map.of("username", name, "password", "not-the-password"));
        call(415, "POST", "/api/auth/login", anonymous, "username=" + name, Map.of("Content-Type", "text/plain"));
        call(200, "GET", "/api/auth/me", registered.json().get("token").stringValue(), null);
        call(200, "GET", "/api/auth/me", null, null, Map.of("Cookie", "teezu_session=" + login.json().get("token").stringValue()));
        call(401, "GET", "/api/auth/me", anonymous, null);
        call(401, "GET", "/api/auth/me", "not-a-session", null);
        call(204, "POST", "/api/auth/logout", registered.json().get("token").stringValue(), null);
        call(401, "POST", "/api/auth/logout", anonymous, null);
        call(403, "POST", "/api/auth/logout", null, null, Map.of("Cookie", "teezu_session=" + login.json().get("token").stringValue()));

        // the profile and its writes
        call(200, "GET", "/api/catalog", anonymous, null);
        call(200, "GET", "/api/explore?q=lena", anonymous, null);
        call(400, "GET", "/api/explore?q=" + "x".repeat(65), anonymous, null);
        call(200, "PATCH", "/api/users/me/profile", creator.token(), Map.of("bio", "Hello", "location", "Utrecht",
                "currentMood", "spicy", "streamingSchedule", Map.of("timezone", "Europe/Amsterdam",
                        "days", Map.of("mon", List.of(Map.of("start", "20:00", "end", "23:00", "mode", "live"))))));
        call(400, "PATCH", "/api/users/me/profile", creator.token(), Map.of("bio", "x".repeat(501), "teezerActive", "yes"));
        call(401, "PATCH", "/api/users/me/profile", anonymous, Map.of("bio", "Hello"));
        call(403, "PATCH", "/api/users/" + c + "/profile", fan.token(), Map.of("bio", "Hello"));
        var profile = call(200, "GET", "/api/users/" + c + "/profile", fan.token(), null);
        call(304, "GET", "/api/users/" + c + "/profile", fan.token(), null, Map.of("If-None-Match", profile.header("ETag")));
        call(200, "GET", "/api/users/" + c + "/profile", anonymous, null);
        call(200, "GET", "/api/users/me/profile", creator.token(), null);
        call(200, "GET", "/api/users/me/profile", staff.token(), null);
        call(200, "GET", "/api/users/" + c + "/profile", staff.token(), null);
        call(404, "GET", "/api/users/" + nobody + "/profile", fan.token(), null);
        call(200, "PATCH", "/api/users/me/preferences", fan.token(), Map.of("consentPreference", "explicit"));
        call(400, "PATCH", "/api/users/me/preferences", fan.token(), Map.of("consentPreference", "everything"));
        call(200, "PATCH", "/api/users/" + c + "/teezer", creator.token(), Map.of("active", true));
        call(400, "PATCH", "/api/users/" + c + "/teezer", creator.token(), Map.of());
        call(200, "POST", "/api/users/me/live", creator.token(), Map.of("live", true));
        call(200, "POST", "/api/users/me/live", creator.token(), Map.of("live", false));
        call(403, "POST", "/api/users/me/live", fan.token(), Map.of("live", true));
        call(204, "POST", "/api/users/" + fan.id() + "/verification", staff.token(),
                Map.of("ageVerified", true, "method", "document", "provider", "contract-test", "reference", "r-1"));
        call(400, "POST", "/api/users/" + fan.id() + "/verification", staff.token(), Map.of("ageVerified", true));
        call(403, "POST", "/api/users/" + fan.id() + "/verification", fan.token(), Map.of("ageVerified", true, "method", "document"));

        // pictures, posts and the media they point at
        var avatar = multipart(200, "PUT", "/api/users/me/avatar", creator.token(), MediaIT.png(300, 200), Map.of());
        multipart(200, "PUT", "/api/users/me/cover", creator.token(), MediaIT.png(600, 200), Map.of());
        multipart(401, "PUT", "/api/users/me/avatar", anonymous, MediaIT.png(30, 20), Map.of());
        multipart(415, "PUT", "/api/users/me/cover", creator.token(), "not an image".getBytes(), Map.of());
        var post = multipart(201, "POST", "/api/content", creator.token(), MediaIT.png(40, 40),
                Map.of("visibility", "locked", "priceTokens", "50", "title", "Contract"));
        multipart(201, "POST", "/api/content", creator.token(), MediaIT.png(40, 40), Map.of("visibility", "public"));
        multipart(403, "POST", "/api/content", member.token(), MediaIT.png(20, 20), Map.of("visibility", "public"));
        multipart(400, "POST", "/api/content", creator.token(), MediaIT.png(20, 20), Map.of("visibility", "locked"));
        String item = post.json().get("id").stringValue();
        String avatarUrl = avatar.json().get("avatarUrl").stringValue();
        call(200, "GET", avatarUrl, anonymous, null);
        call(403, "GET", avatarUrl.replaceAll("sig=[^&]+", "sig=forged"), anonymous, null);
        call(200, "GET", "/api/users/" + c + "/profile", fan.token(), null); // with pictures and a grid

        // likes, unlocks, deletes
        call(200, "PUT", "/api/content/" + item + "/like", fan.token(), null);
        call(200, "DELETE", "/api/content/" + item + "/like", fan.token(), null);
        call(401, "PUT", "/api/content/" + item + "/like", anonymous, null);
        call(404, "DELETE", "/api/content/" + nobody + "/like", fan.token(), null);
        String unlockKey = UUID.randomUUID().toString();
        call(200, "POST", "/api/content/" + item + "/unlock", fan.token(), null, Map.of("Idempotency-Key", unlockKey));
        call(200, "POST", "/api/content/" + item + "/unlock", fan.token(), null, Map.of("Idempotency-Key", unlockKey));
        call(402, "POST", "/api/content/" + item + "/unlock", member.token(), null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(400, "POST", "/api/content/" + item + "/unlock", creator.token(), null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(200, "GET", "/api/users/" + c + "/profile", fan.token(), null); // the unlocked item has its media URL

        // follows and their lists
        call(200, "POST", "/api/users/" + c + "/follow", fan.token(), null);
        call(200, "DELETE", "/api/users/" + c + "/follow", fan.token(), null);
        call(200, "PUT", "/api/users/" + c + "/follow", fan.token(), null);
        call(200, "PUT", "/api/users/" + c + "/follow", member.token(), null);
        call(400, "PUT", "/api/users/me/follow", fan.token(), null);
        call(401, "POST", "/api/users/" + c + "/follow", anonymous, null);
        call(404, "DELETE", "/api/users/" + nobody + "/follow", fan.token(), null);
        var followers = call(200, "GET", "/api/users/" + c + "/followers?limit=1", anonymous, null);
        call(200, "GET", "/api/users/" + c + "/followers?limit=1&cursor=" + followers.json().get("nextCursor").stringValue(), anonymous, null);
        call(400, "GET", "/api/users/" + c + "/followers?cursor=not-ours", anonymous, null);
        call(200, "GET", "/api/users/" + fan.id() + "/following", anonymous, null);
        call(404, "GET", "/api/users/" + nobody + "/following", anonymous, null);

        // gifts and subscriptions
        call(200, "POST", "/api/users/" + c + "/gifts", fan.token(), Map.of("type", "rose"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(400, "POST", "/api/users/" + c + "/gifts", creator.token(), Map.of("type", "rose"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(402, "POST", "/api/users/" + c + "/gifts", member.token(), Map.of("type", "crown"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(401, "POST", "/api/users/" + c + "/gifts", anonymous, Map.of("type", "rose"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(200, "GET", "/api/users/" + c + "/gifts", anonymous, null);
        call(404, "GET", "/api/users/" + nobody + "/gifts", anonymous, null);
        call(200, "GET", "/api/users/" + c + "/subscription", fan.token(), null);
        call(200, "POST", "/api/users/" + c + "/subscription", fan.token(), null);
        call(200, "GET", "/api/users/" + c + "/subscription", fan.token(), null);
        call(402, "POST", "/api/users/" + c + "/subscription", member.token(), null);
        call(400, "POST", "/api/users/me/subscription", creator.token(), null);
        call(200, "DELETE", "/api/users/" + c + "/subscription", fan.token(), null);
        call(401, "DELETE", "/api/users/" + c + "/subscription", anonymous, null);
        call(401, "GET", "/api/users/" + c + "/subscription", anonymous, null);

        // the quiz
        var quiz = call(200, "GET", "/api/dna-quiz", anonymous, null);
        Map<String, String> answers = new LinkedHashMap<>();
        quiz.json().forEach(q -> answers.put(q.get("id").stringValue(), q.get("options").get(0).get("id").stringValue()));
        call(200, "POST", "/api/users/me/dna-quiz", fan.token(), Map.of("answers", answers));
        call(400, "POST", "/api/users/me/dna-quiz", fan.token(), Map.of("answers", Map.of("q1", "z")));
        call(403, "POST", "/api/users/" + c + "/dna-quiz", fan.token(), Map.of("answers", answers));

        // notifications (the follows above made some), realtime
        call(200, "GET", "/api/notifications?limit=1", creator.token(), null);
        call(401, "GET", "/api/notifications", anonymous, null);
        call(400, "GET", "/api/notifications?limit=0", creator.token(), null);
        call(200, "POST", "/api/notifications/read", creator.token(), Map.of());
        call(401, "POST", "/api/notifications/read", anonymous, Map.of());
        call(200, "GET", "/api/realtime", anonymous, null);

        // wallet and staff
        call(200, "GET", "/api/wallet?limit=1", fan.token(), null);
        call(401, "GET", "/api/wallet", anonymous, null);
        call(400, "GET", "/api/wallet?cursor=not-ours", fan.token(), null);
        call(200, "POST", "/api/wallet/topups", staff.token(), Map.of("user", member.username(), "amount", 10));
        call(400, "POST", "/api/wallet/topups", staff.token(), Map.of("user", member.username(), "amount", 0));
        call(403, "POST", "/api/wallet/topups", fan.token(), Map.of("user", member.username(), "amount", 10));
        // buying tokens
        var packages = call(200, "GET", "/api/wallet/packages", anonymous, null);
        String pkg = packages.json().get(0).get("id").stringValue();
        call(200, "GET", "/api/admin/packages", staff.token(), null);
        call(403, "GET", "/api/admin/packages", fan.token(), null);
        Map<String, Object> offer = Map.of("tokens", 10, "priceCents", 100, "vatRate", 21, "active", false);
        var made = call(201, "POST", "/api/admin/packages", staff.token(), offer);
        call(400, "POST", "/api/admin/packages", staff.token(), Map.of("tokens", 0));
        call(200, "PUT", "/api/admin/packages/" + made.json().get("id").stringValue(), staff.token(), offer);
        call(404, "PUT", "/api/admin/packages/" + nobody, staff.token(), offer);
        var declined = call(201, "POST", "/api/wallet/purchases", member.token(), Map.of("packageId", pkg));
        call(400, "POST", "/api/wallet/purchases", member.token(), Map.of("packageId", nobody));
        String declinedId = declined.json().get("id").stringValue();
        call(200, "GET", "/api/wallet/purchases/" + declinedId, member.token(), null);
        call(404, "GET", "/api/wallet/purchases/" + declinedId, fan.token(), null);
        call(202, "POST", "/api/payments/test/purchases/" + declinedId + "/events", member.token(), Map.of("event", "decline"));
        call(404, "POST", "/api/payments/test/purchases/" + nobody + "/events", member.token(), Map.of("event", "sale"));
        String boughtId = call(201, "POST", "/api/wallet/purchases", member.token(), Map.of("packageId", pkg)).json().get("id").stringValue();
        var sale = new TreeMap<String, String>(Map.of("shopID", "teezu-test", "type", "purchase", "event", "sale", "referenceID", boughtId,
                "saleID", "test-" + boughtId, "priceAmount", "9.99", "priceCurrency", "EUR",
                "timestamp", String.valueOf(java.time.Instant.now().getEpochSecond())));
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        String signedSale = ProviderSide.encode(ProviderSide.signed(ProviderSide.TEST_KEY, sale));
        call(200, "POST", "/api/payments/test/postback", anonymous, signedSale, form);
        call(409, "POST", "/api/payments/test/postback", anonymous, signedSale, form);
        call(403, "POST", "/api/payments/test/postback", anonymous, ProviderSide.encode(sale), form);
        call(200, "GET", "/api/wallet", member.token(), null); // with a receipt
        UUID verotelPurchase = fixtures.db().insertInto(PURCHASES).set(PURCHASES.USER_ID, member.id()).set(PURCHASES.PACKAGE_ID, UUID.fromString(pkg))
                .set(PURCHASES.TOKENS, 100).set(PURCHASES.PRICE_CENTS, 999).set(PURCHASES.CURRENCY, "EUR").set(PURCHASES.VAT_CENTS, 173)
                .set(PURCHASES.PROVIDER, "verotel").returning(PURCHASES.ID).fetchOne(PURCHASES.ID);
        var postback = new TreeMap<String, String>(Map.of("type", "purchase", "shopID", ProviderSide.VEROTEL_SHOP, "saleID", "77" + System.nanoTime(),
                "referenceID", verotelPurchase.toString(), "priceAmount", "9.99", "priceCurrency", "EUR"));
        call(200, "GET", "/api/payments/verotel/postback?" + ProviderSide.encode(ProviderSide.signed(ProviderSide.VEROTEL_KEY, postback)), anonymous, null);
        call(403, "GET", "/api/payments/verotel/postback?" + ProviderSide.encode(postback), anonymous, null);
        call(200, "PATCH", "/api/wallet/limits", member.token(), Map.of("daily", 5_000));
        call(400, "PATCH", "/api/wallet/limits", member.token(), Map.of("daily", 0));
        call(200, "GET", "/api/admin/shortfalls?open=true", staff.token(), null);
        call(403, "GET", "/api/admin/shortfalls", fan.token(), null);

        call(200, "POST", "/api/admin/recount", staff.token(), null);
        call(403, "POST", "/api/admin/recount", fan.token(), null);

        // direct messages
        call(200, "GET", "/api/users/me/dm-policy", creator.token(), null);
        call(403, "GET", "/api/users/me/dm-policy", fan.token(), null);
        call(200, "PATCH", "/api/users/me/dm-policy", creator.token(), Map.of("whoMayWrite", "everyone", "priceTokens", 2));
        call(400, "PATCH", "/api/users/me/dm-policy", creator.token(), Map.of("whoMayWrite", "nobody"));
        call(200, "GET", "/api/users/" + c + "/profile", fan.token(), null); // viewer.messaging with a price
        var picture = multipart(201, "POST", "/api/media", creator.token(), MediaIT.png(40, 30), Map.of());
        multipart(415, "POST", "/api/media", creator.token(), "not an image".getBytes(), Map.of());
        String dmKey = UUID.randomUUID().toString();
        // a fan who is no subscriber and was not told the price: 409 with it
        call(409, "POST", "/api/users/" + c + "/messages", fixtures.anAgeVerifiedFan(ConsentLevel.explicit).token(), Map.of("text", "Hi!"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        var opened = call(201, "POST", "/api/users/" + c + "/messages", fan.token(), Map.of("text", "Hi!", "maxPriceTokens", 2), Map.of("Idempotency-Key", dmKey));
        call(201, "POST", "/api/users/" + c + "/messages", fan.token(), Map.of("text", "Hi!", "maxPriceTokens", 2), Map.of("Idempotency-Key", dmKey));
        call(422, "POST", "/api/users/" + c + "/messages", fan.token(), Map.of("text", "Other", "maxPriceTokens", 2), Map.of("Idempotency-Key", dmKey));
        call(402, "POST", "/api/users/" + c + "/messages", fixtures.anAgeVerifiedFan(ConsentLevel.explicit).token(), Map.of("text", "Hi!", "maxPriceTokens", 2), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(403, "POST", "/api/users/" + c + "/messages", creator.token(), Map.of("text", "Me?"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        String conversation = opened.json().get("conversationId").stringValue();
        var paidMessage = call(201, "POST", "/api/conversations/" + conversation + "/messages", creator.token(),
                Map.of("text", "For you", "mediaId", picture.json().get("id").stringValue(), "priceTokens", 5),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(400, "POST", "/api/conversations/" + conversation + "/messages", fan.token(), Map.of("text", ""),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(404, "POST", "/api/conversations/" + nobody + "/messages", fan.token(), Map.of("text", "Hi"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        var thread = call(200, "GET", "/api/conversations/" + conversation + "/messages?limit=1", fan.token(), null);
        call(200, "GET", "/api/conversations/" + conversation + "/messages?before=" + thread.json().get("nextCursor").stringValue(), fan.token(), null);
        call(200, "GET", "/api/conversations/" + conversation + "/messages", creator.token(), null);
        call(404, "GET", "/api/conversations/" + conversation + "/messages", member.token(), null);
        call(200, "GET", "/api/conversations?limit=1", fan.token(), null);
        call(200, "GET", "/api/conversations", creator.token(), null);
        call(401, "GET", "/api/conversations", anonymous, null);
        call(200, "GET", "/api/conversations/unread", creator.token(), null);
        call(401, "GET", "/api/conversations/unread", anonymous, null);
        String paidId = paidMessage.json().get("id").stringValue();
        call(200, "POST", "/api/conversations/" + conversation + "/read", creator.token(), Map.of("upTo", opened.json().get("id").stringValue()));
        call(400, "POST", "/api/conversations/" + conversation + "/read", creator.token(), Map.of("upTo", nobody));
        call(200, "POST", "/api/messages/" + paidId + "/unlock", fan.token(), null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(400, "POST", "/api/messages/" + paidId + "/unlock", creator.token(), null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        call(403, "DELETE", "/api/messages/" + paidId, fan.token(), null);
        call(204, "DELETE", "/api/messages/" + paidId, creator.token(), null);

        // Teezer: her persona, reply bank, try box, activity and per-conversation switches
        call(200, "GET", "/api/users/me/teezer/persona", creator.token(), null);
        call(403, "GET", "/api/users/me/teezer/persona", fan.token(), null);
        call(200, "PUT", "/api/users/me/teezer/persona", creator.token(), Map.of("tone", "warm", "boundaries", "no meetings",
                "bannedTopics", List.of("politics")));
        call(400, "PUT", "/api/users/me/teezer/persona", creator.token(), Map.of("tone", "warm", "boundaries", "", "bannedTopics",
                List.of(""), "mood", "x"));
        var entry = call(201, "POST", "/api/users/me/teezer/replies", creator.token(), Map.of("kind", "greeting", "prompt", "hi\nhello",
                "answer", "Hey {fan}!", "explicit", false));
        call(400, "POST", "/api/users/me/teezer/replies", creator.token(), Map.of("prompt", "hi", "answer", "Hey {price}"));
        call(200, "GET", "/api/users/me/teezer/replies", creator.token(), null);
        call(401, "GET", "/api/users/me/teezer/replies", anonymous, null);
        String entryId = entry.json().get("id").stringValue();
        call(200, "PUT", "/api/users/me/teezer/replies/" + entryId, creator.token(), Map.of("prompt", "hi", "answer", "Hi {fan}!"));
        call(404, "PUT", "/api/users/me/teezer/replies/" + nobody, creator.token(), Map.of("prompt", "hi", "answer", "Hi!"));
        call(200, "POST", "/api/users/me/teezer/try", creator.token(), Map.of("text", "hello"));
        call(400, "POST", "/api/users/me/teezer/try", creator.token(), Map.of("text", ""));
        call(200, "GET", "/api/users/me/teezer/conversations/" + conversation, creator.token(), null);
        call(404, "GET", "/api/users/me/teezer/conversations/" + nobody, creator.token(), null);
        call(200, "PATCH", "/api/users/me/teezer/conversations/" + conversation, creator.token(), Map.of("enabled", true, "resume", true));
        call(400, "PATCH", "/api/users/me/teezer/conversations/" + conversation, creator.token(), Map.of("enabled", "yes"));
        call(200, "GET", "/api/users/me/teezer/activity?limit=5", creator.token(), null);
        call(200, "GET", "/api/users/" + c + "/teezer/activity", staff.token(), null);
        call(403, "GET", "/api/users/" + c + "/teezer/activity", fan.token(), null);
        call(204, "DELETE", "/api/users/me/teezer/replies/" + entryId, creator.token(), null);
        call(404, "DELETE", "/api/users/me/teezer/replies/" + entryId, creator.token(), null);

        call(403, "DELETE", "/api/content/" + item, fan.token(), null);
        call(204, "DELETE", "/api/content/" + item, creator.token(), null);
        call(404, "DELETE", "/api/content/" + nobody, creator.token(), null);

        assertThat(failures).as("answers the document does not describe").isEmpty();
        List<String> notExercised = operations().stream().filter(op -> !exercised.containsKey(op)).toList();
        assertThat(notExercised).as("operations of the document this test never called: call each (a success and a "
                + "typical error) so that no endpoint skips the contract").isEmpty();
        List<String> withoutSuccess = exercised.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(s -> s < 400)).map(Map.Entry::getKey).toList();
        assertThat(withoutSuccess).as("operations called but never successfully").isEmpty();
        List<String> withoutError = exercised.entrySet().stream()
                .filter(e -> !NO_CLIENT_ERROR.contains(e.getKey()) && e.getValue().stream().noneMatch(s -> s >= 400))
                .map(Map.Entry::getKey).toList();
        assertThat(withoutError).as("operations whose typical error was never asked for").isEmpty();
    }

    // --- calling and checking

    private Api.Response call(int expected, String method, String path, String token, Object body) {
        return call(expected, method, path, token, body, Map.of());
    }

    private Api.Response call(int expected, String method, String path, String token, Object body, Map<String, String> headers) {
        return checked(expected, method, path, api.send(method, path, token, body, headers));
    }

    private Api.Response multipart(int expected, String method, String path, String token, byte[] file, Map<String, String> fields) {
        return checked(expected, method, path, api.multipart(method, path, token, file, "picture.png", fields));
    }

    private Api.Response checked(int expected, String method, String path, Api.Response r) {
        String where = method + " " + path + " → " + r.status();
        if (r.status() != expected) failures.add(where + " (this test expected " + expected + "): " + abbreviated(r.body()));
        String operation = operationOf(method, path);
        if (operation == null) {
            failures.add(where + ": no operation of the document matches");
            return r;
        }
        exercised.computeIfAbsent(operation, k -> new TreeSet<>()).add(r.status());
        String template = operation.substring(operation.indexOf(' ') + 1);
        if (template.startsWith("/media/")) {
            // a file: its status and media type must be documented; the bytes have no schema to check
            JsonNode response = document.at("/paths/" + pointer(template) + "/" + method.toLowerCase() + "/responses/" + r.status());
            String type = r.contentType() == null ? null : r.contentType().split(";")[0].trim();
            if (response.isMissingNode()) failures.add(where + ": status not in the document");
            else if (type != null && !response.path("content").has(type)) failures.add(where + ": media type " + type + " not in the document");
            return r;
        }
        List<String> errors = errors(method, path, r.status(), r.contentType(), r.body());
        if (!errors.isEmpty()) failures.add(where + ": " + String.join("; ", errors) + "\n      body: " + abbreviated(r.body()));
        return r;
    }

    private List<String> errors(String method, String path, int status, String contentType, String body) {
        var response = SimpleResponse.Builder.status(status);
        if (contentType != null) response.withContentType(contentType);
        if (body != null && !body.isEmpty()) response.withBody(body);
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator.validateResponse(bare, Request.Method.valueOf(method), response.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    /** "GET /api/users/{id}/profile" for GET /api/users/me/profile; templates without variables win. */
    private String operationOf(String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String best = null;
        for (var entry : document.get("paths").properties()) {
            String template = entry.getKey();
            if (!entry.getValue().has(method.toLowerCase())) continue;
            if (matches(template, bare) && (best == null || variables(template) < variables(best))) best = template;
        }
        return best == null ? null : method + " " + best;
    }

    private static boolean matches(String template, String path) {
        String[] t = template.split("/", -1);
        String[] p = path.split("/", -1);
        for (int i = 0; i < t.length; i++) {
            if (t[i].equals("**")) return p.length > i;
            if (i >= p.length) return false;
            if (!(t[i].startsWith("{") && t[i].endsWith("}")) && !t[i].equals(p[i])) return false;
        }
        return t.length == p.length;
    }

    private static long variables(String template) {
        return template.chars().filter(ch -> ch == '{' || ch == '*').count();
    }

    private List<String> operations() {
        List<String> all = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> all.add(method.toUpperCase() + " " + path.getKey())));
        return all;
    }

    private static String pointer(String template) {
        return template.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviated(String body) {
        if (body == null) return "";
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String firstDifference(JsonNode expected, JsonNode actual, String at) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                if (!expected.has(name) || !actual.has(name)) return at + "/" + name + (expected.has(name) ? " (removed)" : " (added)");
                if (!expected.get(name).equals(actual.get(name))) {
                    return firstDifference(expected.get(name), actual.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"));
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) return firstDifference(expected.get(i), actual.get(i), at + "/" + i);
            }
        }
        return at.isEmpty() ? "/" : at;
    }
}
