package com.teezu.profiles.payments;

import com.sun.net.httpserver.HttpServer;
import com.teezu.profiles.TeezuProfilesApplication;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static com.teezu.profiles.db.Tables.LEDGER_TRANSACTIONS;
import static com.teezu.profiles.db.Tables.PURCHASES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verotel FlexPay end to end, against a loopback server that plays FlexPay's side of its documented
 * protocol: it takes the buyer at {@code /startorder}, checks the link's signature with the shop's
 * signature key, "charges", calls the shop's postback URL with signed parameters, expects the plain
 * text {@code OK}, and sends the buyer back to {@code successURL}. The app runs as a second node (on
 * the same database) configured for Verotel through its settings, as an operator would.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerotelFlexPayIT {

    static final String SHOP = "68849";
    static final String KEY = "zpXwe2D77g4P7ysGJcr3rY87TBYs6J";

    @Autowired
    Api nodeA;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DataSource dataSource;

    HttpServer flexPay;
    ConfigurableApplicationContext node;
    Api app;
    String postbackUrl;
    final List<String> postbackAnswers = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> startOrders = new CopyOnWriteArrayList<>();
    final AtomicInteger sales = new AtomicInteger(1_000);
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() throws Exception {
        flexPay = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        flexPay.createContext("/startorder", exchange -> {
            var params = ProviderSide.decode(exchange.getRequestURI().getRawQuery());
            startOrders.add(params);
            String answer;
            int status;
            String location = null;
            if (!ProviderSide.signature(KEY, params).equals(params.get("signature")) || !"4".equals(params.get("version"))
                || !SHOP.equals(params.get("shopID")) || !"purchase".equals(params.get("type"))) {
                status = 400;
                answer = "Invalid signature";
            } else {
                var postback = saleOf(params);
                postbackAnswers.add(get(postbackUrl + "?" + ProviderSide.encode(postback)).body());
                status = 302;
                location = params.get("successURL");
                answer = "";
            }
            if (location != null) exchange.getResponseHeaders().add("Location", location);
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) exchange.getResponseBody().write(body);
            exchange.close();
        });
        flexPay.start();
        String jdbcUrl;
        try (var c = dataSource.getConnection()) {
            jdbcUrl = c.getMetaData().getURL();
        }
        node = new SpringApplicationBuilder(TeezuProfilesApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--teezu.realtime-port=0", "--teezu.demo-data=false", "--teezu.media-secret=verotel-test",
                "--teezu.data-dir=" + Files.createTempDirectory("teezu-node"), "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--teezu.payments.provider=verotel", "--teezu.payments.test.enabled=false",
                "--teezu.payments.verotel.shop-id=" + SHOP, "--teezu.payments.verotel.signature-key=" + KEY,
                "--teezu.payments.verotel.url=http://127.0.0.1:" + flexPay.getAddress().getPort() + "/");
        String base = "http://127.0.0.1:" + node.getBean(Environment.class).getProperty("local.server.port");
        app = Api.at(base);
        postbackUrl = base + "/api/payments/verotel/postback";
    }

    @AfterAll
    void stop() {
        if (node != null) node.close();
        if (flexPay != null) flexPay.stop(0);
    }

    /** FlexPay's postback for the sale of a start order. */
    Map<String, String> saleOf(Map<String, String> order) {
        var p = new TreeMap<String, String>();
        p.put("type", "purchase");
        p.put("shopID", order.get("shopID"));
        p.put("saleID", String.valueOf(sales.incrementAndGet()));
        p.put("referenceID", order.get("referenceID"));
        p.put("priceAmount", order.get("priceAmount"));
        p.put("priceCurrency", order.get("priceCurrency"));
        p.put("paymentMethod", "CC");
        p.put("transactionID", String.valueOf(sales.get() * 10));
        return ProviderSide.signed(KEY, p);
    }

    HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    UUID buy(Fixtures.TestUser fan) {
        String pkg = null;
        for (var p : app.get("/api/wallet/packages").json()) if (p.get("tokens").intValue() == 100) pkg = p.get("id").stringValue();
        var r = app.post("/api/wallet/purchases", fan.token(), Map.of("packageId", pkg));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return UUID.fromString(r.json().get("id").stringValue());
    }

    long credits(UUID purchase) {
        return fixtures.db().fetchCount(LEDGER_TRANSACTIONS, LEDGER_TRANSACTIONS.REFERENCE_ID.eq(purchase)
                .and(LEDGER_TRANSACTIONS.KIND.eq(com.teezu.profiles.db.enums.LedgerKind.purchase)));
    }

    @Test
    void aPurchaseRoundTripThroughFlexPayCreditsOnce() {
        var fan = fixtures.aMember();
        UUID id = buy(fan);
        assertThat(app.get("/api/wallet/purchases/" + id, fan.token()).json().get("state").stringValue()).isEqualTo("pending");
        var started = app.post("/api/wallet/purchases", fan.token(), Map.of("packageId",
                app.get("/api/wallet/packages").json().get(0).get("id").stringValue()));
        URI url = URI.create(started.json().get("checkoutUrl").stringValue());
        assertThat(url.getPath()).isEqualTo("/startorder");
        var order = ProviderSide.decode(url.getRawQuery());
        assertThat(order).containsEntry("shopID", SHOP).containsEntry("priceAmount", "9.99").containsEntry("priceCurrency", "EUR")
                .containsEntry("type", "purchase").containsEntry("version", "4");
        assertThat(order.get("signature")).matches("[0-9a-f]{64}");
        UUID second = UUID.fromString(order.get("referenceID"));

        // the buyer's browser follows the link: FlexPay charges, posts back, and sends her home
        var back = get(url.toString());
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/wallet/purchases/" + second);
        assertThat(postbackAnswers.getLast()).isEqualTo("OK");
        assertThat(app.get("/api/wallet/purchases/" + second, fan.token()).json().get("state").stringValue()).isEqualTo("paid");
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(100);
        assertThat(credits(second)).isEqualTo(1);
        assertThat(credits(id)).isZero(); // the first checkout was never paid

        // FlexPay retries a postback whose answer it did not read: answered OK again, credited nothing more
        var sale = new TreeMap<String, String>();
        String reference = fixtures.db().select(PURCHASES.PROVIDER_REFERENCE).from(PURCHASES).where(PURCHASES.ID.eq(second))
                .fetchOne(PURCHASES.PROVIDER_REFERENCE);
        sale.putAll(Map.of("type", "purchase", "shopID", SHOP, "saleID", reference, "referenceID", second.toString(),
                "priceAmount", "9.99", "priceCurrency", "EUR", "paymentMethod", "CC"));
        var retry = get(postbackUrl + "?" + ProviderSide.encode(ProviderSide.signed(KEY, sale)));
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo("OK");
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(100);

        // a refund (FlexPay: event=credit) takes the tokens back through the ledger
        var credit = new TreeMap<>(sale);
        credit.put("event", "credit");
        assertThat(get(postbackUrl + "?" + ProviderSide.encode(ProviderSide.signed(KEY, credit))).body()).isEqualTo("OK");
        assertThat(fixtures.balanceOf(fan.id())).isZero();
        assertThat(app.get("/api/wallet/purchases/" + second, fan.token()).json().get("state").stringValue()).isEqualTo("refunded");
    }

    @Test
    void aForgedOrMismatchedPostbackCreditsNothing() {
        var fan = fixtures.aMember();
        UUID id = buy(fan);
        var sale = new TreeMap<String, String>(Map.of("type", "purchase", "shopID", SHOP, "saleID", "9" + System.nanoTime(),
                "referenceID", id.toString(), "priceAmount", "9.99", "priceCurrency", "EUR"));
        var forged = new TreeMap<>(sale);
        forged.put("signature", ProviderSide.signature("a-guessed-key", sale));
        var r = get(postbackUrl + "?" + ProviderSide.encode(forged));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(get(postbackUrl + "?" + ProviderSide.encode(sale)).statusCode()).isEqualTo(403); // unsigned

        var cheaper = new TreeMap<>(sale);
        cheaper.put("priceAmount", "0.99");
        assertThat(get(postbackUrl + "?" + ProviderSide.encode(ProviderSide.signed(KEY, cheaper))).statusCode()).isEqualTo(409);
        var otherShop = new TreeMap<>(sale);
        otherShop.put("shopID", "1");
        assertThat(get(postbackUrl + "?" + ProviderSide.encode(ProviderSide.signed(KEY, otherShop))).statusCode()).isEqualTo(400);
        assertThat(fixtures.balanceOf(fan.id())).isZero();
        assertThat(credits(id)).isZero();

        // and a checkout link tampered with on its way is refused by FlexPay itself
        var started = app.post("/api/wallet/purchases", fan.token(), Map.of("packageId",
                app.get("/api/wallet/packages").json().get(0).get("id").stringValue()));
        String tampered = started.json().get("checkoutUrl").stringValue().replace("priceAmount=9.99", "priceAmount=0.01");
        assertThat(get(tampered).statusCode()).isEqualTo(400);
    }
}
