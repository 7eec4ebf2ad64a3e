package com.teezu.profiles.media;

import com.teezu.profiles.shared.web.ApiProblem;
import org.springframework.http.HttpStatus;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Uploaded pictures are checked before they are decoded (type by their bytes, pixel count from the
 * header: a decompression bomb is refused unread), then decoded and re-encoded from pixels only, so
 * EXIF, GPS and anything hidden in the file are gone. Thumbnails and blurred previews are made here.
 */
final class Images {

    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 12_000;

    record Encoded(byte[] bytes, String extension) {
    }

    private Images() {
    }

    static BufferedImage decode(byte[] data) {
        if (data == null || data.length == 0) throw ApiProblem.invalid("file", "is empty");
        if (!isPng(data) && !isJpeg(data)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-image", "Unsupported image",
                    "Only PNG and JPEG images are accepted");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw ApiProblem.invalid("file", "is not a readable image");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                    throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "image-too-large", "Image too large",
                            "At most " + MAX_SIDE + " px a side and " + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null) throw ApiProblem.invalid("file", "is not a readable image");
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblem p) throw p;
            throw ApiProblem.invalid("file", "is not a readable image");
        }
    }

    /** Pixels only: JPEG for opaque pictures, PNG when there is transparency. */
    static Encoded encode(BufferedImage image) {
        try {
            if (image.getColorModel().hasAlpha()) {
                BufferedImage argb = redraw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(argb, "png", out);
                return new Encoded(out.toByteArray(), "png");
            }
            return new Encoded(jpeg(redraw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB), 0.9f), "jpg");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] thumbnail(BufferedImage image, int maxWidth) {
        int w = Math.min(maxWidth, image.getWidth());
        int h = Math.max(1, (int) Math.round((double) image.getHeight() * w / image.getWidth()));
        try {
            return jpeg(redraw(image, w, h, BufferedImage.TYPE_INT_RGB), 0.85f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Shrunk to 16 px wide and blown up again: nothing of the original can be recovered from it. */
    static byte[] blurred(BufferedImage image, int width) {
        int h = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage tiny = redraw(image, 16, Math.max(1, 16 * image.getHeight() / image.getWidth()), BufferedImage.TYPE_INT_RGB);
        try {
            return jpeg(redraw(tiny, width, h, BufferedImage.TYPE_INT_RGB), 0.8f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BufferedImage redraw(BufferedImage source, int width, int height, int type) {
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (type == BufferedImage.TYPE_INT_RGB) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage rgb, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static boolean isPng(byte[] d) {
        return d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G';
    }

    static boolean isJpeg(byte[] d) {
        return d.length > 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF;
    }
}
