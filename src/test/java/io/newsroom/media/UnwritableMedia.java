package io.newsroom.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Makes the test media folder unwritable for a while. Tests run as root here, which file modes do
 * not stop, so the folder is moved aside and a plain file takes its place: every write fails as on
 * a read-only or full volume.
 */
public final class UnwritableMedia {

    private static final Path FOLDER = Path.of("target", "test-media");
    private static final Path ASIDE = Path.of("target", "test-media-aside");

    private UnwritableMedia() {
    }

    public static <T> T during(Callable<T> work) throws Exception {
        Files.createDirectories(FOLDER);
        Files.move(FOLDER, ASIDE);
        Files.writeString(FOLDER, "not a folder");
        try {
            return work.call();
        } finally {
            Files.delete(FOLDER);
            Files.move(ASIDE, FOLDER);
        }
    }
}
