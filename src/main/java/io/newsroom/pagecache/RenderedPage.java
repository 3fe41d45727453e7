package io.newsroom.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * A public page as it left the app once, kept plain and gzip-compressed, with the headers it is
 * sent with again (names and values side by side) and the content version it was made in.
 */
record RenderedPage(String versionTag, String etag, String lastModified, String contentType, String[] headerNames,
                    String[] headerValues, byte[] plain, byte[] gzip) {

    static RenderedPage of(String versionTag, String etag, String lastModified, String contentType, String[] headerNames,
                           String[] headerValues, byte[] plain) {
        return new RenderedPage(versionTag, etag, lastModified, contentType, headerNames, headerValues, plain, gzip(plain));
    }

    int weight() {
        return plain.length + gzip.length + 512;
    }

    private static byte[] gzip(byte[] plain) {
        var out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
