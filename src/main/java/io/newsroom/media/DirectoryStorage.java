package io.newsroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps files in {@code newsroom.media.directory}, under names this application generated: the
 * default ({@code newsroom.media.storage=directory}), for one instance or a shared volume.
 */
class DirectoryStorage implements MediaStorage {

    private static final Logger log = LoggerFactory.getLogger(DirectoryStorage.class);

    /** Generated names only: no path separators, no dots to climb out of the directory. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]{1,64}-([0-9]{1,5}\\.(jpg|png)|original\\.(jpg|png|gif|webp))");

    private final Path directory;

    DirectoryStorage(MediaProperties properties) throws IOException {
        this.directory = properties.directory().toAbsolutePath().normalize();
        Files.createDirectories(directory);
        removeLeftovers(Instant.now().minus(LEFTOVER_AGE));
    }

    /** A partial upload older than this was left by a process that died (another instance's may be younger). */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    @Override
    public void put(String name, byte[] content) throws IOException {
        Path target = resolve(name);
        Path temporary = Files.createTempFile(directory, "upload-", ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            // a full disk or a failed move leaves no partial file behind
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes partial uploads that a process which died (kill -9, power loss) left behind. */
    void removeLeftovers(Instant before) {
        try (var partial = Files.newDirectoryStream(directory, "upload-*.tmp")) {
            for (Path file : partial) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not remove partial uploads from {}: {}", directory, e.toString());
        }
    }

    @Override
    public Optional<InputStream> open(String name) throws IOException {
        if (!isGeneratedName(name)) {
            return Optional.empty();
        }
        Path file = resolve(name);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    @Override
    public void delete(String name) throws IOException {
        Files.deleteIfExists(resolve(name));
    }

    /** The files stored here, by name (for moving them to a bucket). */
    List<String> names() throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(DirectoryStorage::isGeneratedName)
                    .sorted().toList();
        }
    }

    static boolean isGeneratedName(String name) {
        return NAME.matcher(name).matches();
    }

    static void checkName(String name) {
        if (!isGeneratedName(name)) {
            throw new IllegalArgumentException("Not a generated media name: " + name);
        }
    }

    private Path resolve(String name) {
        checkName(name);
        return directory.resolve(name);
    }
}
