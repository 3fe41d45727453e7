package io.newsroom.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Image files made on the spot, good ones and hostile ones. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /** A 1×1 lossy WebP (ImageIO cannot write WebP). */
    public static byte[] webp() {
        return Base64.getDecoder().decode("UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=");
    }

    /**
     * A JPEG that carries an EXIF block with GPS data, a comment holding a script, and HTML after
     * the end of the image: the kind of file that is an image and a web page at once.
     */
    public static byte[] polyglotJpeg() {
        byte[] clean = jpeg(640, 360);
        var out = new ByteArrayOutputStream();
        out.write(clean, 0, 2); // SOI
        segment(out, 0xE1, "Exif\0\0GPSLatitude 37.5665 GPSLongitude 126.9780".getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xFE, "<script>alert('comment')</script>".getBytes(StandardCharsets.ISO_8859_1));
        out.write(clean, 2, clean.length - 2);
        out.writeBytes("<html><script>alert('after the image')</script></html>".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A valid PNG header claiming 50,000 × 50,000 pixels: decoding it would need ten gigabytes. */
    public static byte[] pixelBombPng() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        var header = ByteBuffer.allocate(13).putInt(50_000).putInt(50_000)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static BufferedImage picture(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        var g = image.createGraphics();
        g.setColor(new Color(10, 76, 139));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            var out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        int length = data.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(data);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
