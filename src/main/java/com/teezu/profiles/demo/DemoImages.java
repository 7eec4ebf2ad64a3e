package com.teezu.profiles.demo;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

/** Generated pictures for the demo: soft gradients and shapes, in a full, a thumbnail and a blurred size. */
final class DemoImages {

    private static final Color[][] PALETTES = {
            {new Color(0xf97316), new Color(0xdb2777)}, {new Color(0x7c3aed), new Color(0x0ea5e9)},
            {new Color(0xef4444), new Color(0x7f1d1d)}, {new Color(0xec4899), new Color(0xfde68a)},
            {new Color(0x06b6d4), new Color(0x1e3a8a)}, {new Color(0x111827), new Color(0x9333ea)},
            {new Color(0xf43f5e), new Color(0xfb923c)}, {new Color(0x22c55e), new Color(0x0f766e)},
            {new Color(0xfacc15), new Color(0xea580c)}, {new Color(0x60a5fa), new Color(0xf9a8d4)},
            {new Color(0x334155), new Color(0xf472b6)}, {new Color(0x1e1b4b), new Color(0xe11d48)}};

    private DemoImages() {
    }

    static BufferedImage picture(int seed, int width, int height, String caption) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color[] p = PALETTES[Math.floorMod(seed, PALETTES.length)];
        g.setPaint(new GradientPaint(0, 0, p[0], width, height, p[1]));
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        for (int i = 0; i < 7; i++) {
            int r = width / 6 + random.nextInt(width / 3);
            g.setColor(new Color(255, 255, 255, 30 + random.nextInt(50)));
            g.fill(new Ellipse2D.Double(random.nextInt(width) - r / 2.0, random.nextInt(height) - r / 2.0, r, r));
        }
        if (caption != null) {
            g.setColor(new Color(255, 255, 255, 220));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(14, width / 14)));
            g.drawString(caption, width / 12, height - height / 10);
        }
        g.dispose();
        return img;
    }

    /** A blur that cannot be undone: the picture shrunk to 16 px wide and blown up again. */
    static BufferedImage blurred(BufferedImage source, int width, int height) {
        BufferedImage tiny = scale(source, 16, Math.max(1, 16 * source.getHeight() / source.getWidth()));
        return scale(tiny, width, height);
    }

    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
