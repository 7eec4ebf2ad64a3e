package com.teezu.profiles.media;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
public class MediaIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Environment env;

    public static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) for (int y = 0; y < h; y++) img.setRGB(x, y, (x * 7 + y * 13) & 0xffffff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A JPEG carrying an EXIF block with a GPS position, as phones write them. */
    static byte[] jpegWithExif() throws IOException {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = "Exif\0\0GPSLatitude=52.3676N;GPSLongitude=4.9041E;SecretCameraSerial".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xff);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A valid PNG header announcing 30,000 × 30,000 pixels: would need 3.6 GB to decode. */
    static byte[] decompressionBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(30_000);
        h.writeInt(30_000);
        h.write(new byte[]{8, 2, 0, 0, 0});
        chunk(d, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[1_000_000]);
        deflater.finish();
        byte[] buf = new byte[64 * 1024];
        int n = deflater.deflate(buf);
        chunk(d, "IDAT", java.util.Arrays.copyOf(buf, n));
        chunk(d, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    long storedFiles() throws IOException {
        Path media = Path.of(env.getProperty("teezu.data-dir")).resolve("media");
        try (var walk = Files.walk(media)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void uploadsAreReEncodedWithoutTheirMetadata() throws Exception {
        var creator = fixtures.aCreator();
        var r = api.multipart("POST", "/api/content", creator.token(), jpegWithExif(), "phone.jpg",
                Map.of("visibility", "public", "title", "From my phone"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        var item = api.get("/api/users/" + creator.id() + "/profile").json().at("/contentGrid/0");
        byte[] original = api.bytes(item.get("mediaUrl").stringValue());
        assertThat(original).isNotNull();
        String text = new String(original, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Exif").doesNotContain("GPSLatitude").doesNotContain("SecretCameraSerial");
        assertThat(api.bytes(item.get("thumbnailUrl").stringValue())).isNotNull();
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/stats/posts").intValue()).isEqualTo(1);

        var avatar = api.multipart("PUT", "/api/users/me/avatar", creator.token(), png(300, 200), "me.png", Map.of());
        assertThat(avatar.status()).isEqualTo(200);
        assertThat(api.bytes(api.get("/api/users/me/profile", creator.token()).json().at("/user/avatarUrl").stringValue())).isNotNull();
    }

    @Test
    void badUploadsStoreNothing() throws Exception {
        var creator = fixtures.aCreator();
        long before = storedFiles();
        var text = api.multipart("POST", "/api/content", creator.token(), "just some text".getBytes(), "a.txt", Map.of("visibility", "public"));
        assertThat(text.status()).isEqualTo(415);
        var bomb = api.multipart("POST", "/api/content", creator.token(), decompressionBomb(), "bomb.png", Map.of("visibility", "public"));
        assertThat(bomb.status()).isEqualTo(413);
        assertThat(bomb.contentType()).startsWith("application/problem+json");
        var huge = api.multipart("PUT", "/api/users/me/cover", creator.token(), new byte[11 * 1024 * 1024], "big.png", Map.of());
        assertThat(huge.status()).isEqualTo(413);
        var truncated = api.multipart("POST", "/api/content", creator.token(), java.util.Arrays.copyOf(png(50, 50), 60), "cut.png",
                Map.of("visibility", "public"));
        assertThat(truncated.status()).isEqualTo(400);
        var noPrice = api.multipart("POST", "/api/content", creator.token(), png(20, 20), "a.png", Map.of("visibility", "locked"));
        assertThat(noPrice.status()).isEqualTo(400);
        var member = fixtures.aMember();
        assertThat(api.multipart("POST", "/api/content", member.token(), png(20, 20), "a.png", Map.of("visibility", "public")).status())
                .isEqualTo(403);
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/stats/posts").intValue()).isZero();
    }

    @Test
    void deletingAnItemTakesItOutOfTheGridAndTheCounters() throws Exception {
        var creator = fixtures.aCreator();
        var id = api.multipart("POST", "/api/content", creator.token(), png(20, 20), "a.png", Map.of("visibility", "public"))
                .json().get("id").stringValue();
        var fan = fixtures.aMember();
        api.put("/api/content/" + id + "/like", fan.token(), null);
        assertThat(api.delete("/api/content/" + id, fan.token()).status()).isEqualTo(403);
        assertThat(api.delete("/api/content/" + id, creator.token()).status()).isEqualTo(204);
        var p = api.get("/api/users/" + creator.id() + "/profile").json();
        assertThat(p.get("contentGrid").size()).isZero();
        assertThat(p.at("/stats/posts").intValue()).isZero();
        assertThat(p.at("/stats/likes").longValue()).isZero();
        assertThat(api.delete("/api/content/" + id, creator.token()).status()).isEqualTo(404);
    }
}
