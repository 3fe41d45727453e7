package io.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Media files on disk: a write that fails leaves no partial file, and partial files of a process that died go. */
class DirectoryStorageTest {

    @TempDir
    Path directory;

    @Test
    void aWriteThatFailsLeavesNoPartialFileBehind() throws IOException {
        var storage = storage();
        // where the file should go, a folder with something in it: the last step, the move, fails
        Files.createDirectories(directory.resolve("abcdef-original.jpg"));
        Files.writeString(directory.resolve("abcdef-original.jpg").resolve("inside"), "x");

        assertThatThrownBy(() -> storage.put("abcdef-original.jpg", new byte[1024])).isInstanceOf(IOException.class);

        try (var files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith("upload-"));
        }
    }

    @Test
    void partialFilesOfAProcessThatDiedAreRemovedAtStartAndYoungOnesKept() throws IOException {
        Path old = Files.writeString(directory.resolve("upload-123.tmp"), "half an image");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path young = Files.writeString(directory.resolve("upload-456.tmp"), "another instance is writing this");

        storage();

        assertThat(old).doesNotExist();
        assertThat(young).exists();
    }

    private DirectoryStorage storage() throws IOException {
        return new DirectoryStorage(new MediaProperties(MediaProperties.Storage.DIRECTORY, directory,
                DataSize.ofMegabytes(10), 40_000_000L, false, List.of()));
    }
}
