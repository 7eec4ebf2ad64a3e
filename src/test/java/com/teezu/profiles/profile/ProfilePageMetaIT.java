package com.teezu.profiles.profile;

import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A shared profile link previews: the page's head names her, quotes her bio and shows her public avatar, escaped, and nothing private. */
@IntegrationTest
class ProfilePageMetaIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    Api.Response page(String path) {
        return api.send("GET", path, null, null, Map.of("Accept", "text/html"));
    }

    @Test
    void lenasPageCarriesHerOpenGraphAndTwitterCard() {
        var r = page("/@lovelylena");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        String html = r.body();
        assertThat(html).contains("<title>LovelyLena (@lovelylena) · TeezU</title>")
                .contains("<meta property=\"og:title\" content=\"LovelyLena (@lovelylena) · TeezU\" />")
                .contains("<meta property=\"og:description\" content=\"Dutch creator")
                .contains("<meta property=\"og:url\" content=\"" + api.baseUrl() + "/@lovelylena\" />")
                .contains("<meta name=\"twitter:card\"")
                .contains("<div id=\"root\"></div>");
        assertThat(html.split("<title>", -1)).hasSize(2); // one title only
        assertThat(html.split("name=\"description\"", -1)).hasSize(2);
        // private numbers and locked pictures stay out of the head
        assertThat(html).doesNotContain("14200").doesNotContain("2840").doesNotContain("blur").doesNotContain("original");
        // a post's own address gets her card too
        assertThat(page("/@lovelylena/post/00000000-0000-0000-0000-000000000001").body()).contains("og:title");
    }

    @Test
    void theAvatarIsThePublicImageAndEverythingIsEscaped() throws Exception {
        var creator = fixtures.aCreator();
        fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        api.patch("/api/users/me/profile", creator.token(), Map.of("bio", "Hi \"there\" <script>alert(1)</script> & more"));
        String html = page("/@" + creator.username()).body();
        assertThat(html).contains("content=\"Hi &quot;there&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; more\"")
                .doesNotContain("<script>alert(1)");
        assertThat(html).doesNotContain("og:image"); // no avatar, no image: never a post's picture instead
        var upload = api.multipart("PUT", "/api/users/me/avatar", creator.token(), com.teezu.profiles.media.MediaIT.png(64, 64), "a.png", Map.of());
        assertThat(upload.status()).as(upload.body()).isBetween(200, 299);
        html = page("/@" + creator.username()).body();
        assertThat(html).containsPattern("<meta property=\"og:image\" content=\"" + java.util.regex.Pattern.quote(api.baseUrl()) + "/media/[^\"]*avatar");
    }

    @Test
    void anUnknownNameIsTheAppsNotFoundPage() {
        var r = page("/@nobody_here_at_all");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("<div id=\"root\"></div>").doesNotContain("og:title");
    }
}
