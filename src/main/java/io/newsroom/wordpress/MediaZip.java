package io.newsroom.wordpress;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the listing of an uploaded media ZIP once, when it is uploaded, and refuses a ZIP bomb on the
 * way: more than {@link #MAX_UNCOMPRESSED} bytes inside, or an entry that inflates more than
 * {@link #MAX_RATIO} times (images are compressed already: a real one inflates barely at all). The
 * preview then reads the stored listing, never the archive.
 */
final class MediaZip {

    /** The most the files of one media ZIP may hold, uncompressed. */
    static final long MAX_UNCOMPRESSED = 1024L * 1024 * 1024;

    /** How many times an entry may grow when inflated (past its first megabyte). */
    static final int MAX_RATIO = 100;

    private static final long SMALL = 1024 * 1024;

    private MediaZip() {
    }

    /** The archive is not one to import from; {@link #messageKey()} says why. */
    static final class Refused extends Exception {
        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** The names of the files in the archive, in its order. */
    static List<String> list(InputStream archive) throws Refused, IOException {
        var counted = new Counting(archive);
        var names = new ArrayList<String>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new ZipInputStream(counted)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
                long start = counted.count;
                long inflated = 0;
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    inflated += read;
                    total += read;
                    if (total > MAX_UNCOMPRESSED) {
                        throw new Refused("import.problem.media-too-large-inside");
                    }
                    // the compressed bytes read so far (the stream reads a little ahead: generous)
                    long compressed = Math.max(1, counted.count - start);
                    if (inflated > SMALL && inflated / compressed > MAX_RATIO) {
                        throw new Refused("import.problem.media-zip-bomb");
                    }
                }
            }
        } catch (ZipException unreadable) {
            throw new Refused("import.problem.media-not-zip");
        }
        return names;
    }

    /** Counts the bytes read from the archive itself. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
