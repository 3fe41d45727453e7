package io.newsroom.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Decodes an upload and re-encodes it into a few widths. Re-encoding leaves behind everything but
 * the pixels: EXIF, GPS, comments, and anything a polyglot file hid after the image data.
 */
@Component
class ImageProcessor {

    static final int[] WIDTHS = {480, 960, 1600};
    private static final float JPEG_QUALITY = 0.85f;

    private final MediaProperties properties;

    ImageProcessor(MediaProperties properties) {
        this.properties = properties;
        // In the packaged jar the WebP decoder sits in a nested jar that ImageIO does not see by itself.
        ImageIO.scanForPlugins();
    }

    record Variant(int width, int height, byte[] bytes) {
    }

    record Processed(int width, int height, boolean png, List<Variant> variants) {

        String contentType() {
            return png ? "image/png" : "image/jpeg";
        }

        String extension() {
            return png ? "png" : "jpg";
        }
    }

    Processed process(byte[] data) throws ImageRejectedException {
        if (data.length == 0) {
            throw new ImageRejectedException("media.rejected.empty");
        }
        if (data.length > properties.maxFileSize().toBytes()) {
            throw new ImageRejectedException("media.rejected.too-large");
        }
        if (ImageFormat.sniff(data).isEmpty()) {
            throw new ImageRejectedException("media.rejected.type");
        }
        BufferedImage image = decode(data);
        boolean alpha = image.getColorModel().hasAlpha();
        var widths = new TreeSet<Integer>();
        for (int width : WIDTHS) {
            if (width < image.getWidth()) {
                widths.add(width);
            }
        }
        widths.add(Math.min(image.getWidth(), WIDTHS[WIDTHS.length - 1]));
        var variants = new ArrayList<Variant>();
        for (int width : widths) {
            variants.add(encode(scale(image, width, alpha), alpha));
        }
        return new Processed(image.getWidth(), image.getHeight(), alpha, List.copyOf(variants));
    }

    private BufferedImage decode(byte[] data) throws ImageRejectedException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ImageRejectedException("media.rejected.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                // The header alone tells the size: refuse a pixel bomb before allocating anything.
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > properties.maxPixels()) {
                    throw new ImageRejectedException("media.rejected.too-many-pixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new ImageRejectedException("media.rejected.unreadable");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageRejectedException("media.rejected.unreadable");
        }
    }

    private static BufferedImage scale(BufferedImage source, int width, boolean alpha) {
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        var scaled = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    private static Variant encode(BufferedImage image, boolean png) {
        try {
            var out = new ByteArrayOutputStream();
            if (png) {
                ImageIO.write(image, "png", out);
            } else {
                var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                var param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                try (var stream = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
            return new Variant(image.getWidth(), image.getHeight(), out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode an image in memory", e);
        }
    }
}
