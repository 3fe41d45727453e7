package io.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import io.newsroom.IntegrationTest;
import io.newsroom.OtherInstance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/**
 * Media in an S3-compatible bucket, against a real S3 API server (S3Mock): files go in and come out
 * unchanged, an instance configured for the bucket serves uploads from it, and the directory moves
 * into the bucket with the documented command, once however often it runs.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3StorageTest {

    @Autowired
    DataSource dataSource;

    private S3MockServer s3;
    private S3Storage storage;

    @BeforeAll
    void startS3() throws Exception {
        s3 = S3MockServer.start();
        storage = new S3Storage(s3.properties());
    }

    @AfterAll
    void stopS3() {
        if (storage != null) {
            storage.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void keepsReadsAndDeletesFilesInTheBucket() throws IOException {
        byte[] content = TestImages.jpeg(40, 30);

        storage.put("0123abcd-480.jpg", content);

        try (var in = storage.open("0123abcd-480.jpg").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(storage.open("ffff0000-480.jpg")).as("a name never stored").isEmpty();
        assertThat(storage.open("../secret.txt")).as("a name the app never makes").isEmpty();
        storage.delete("0123abcd-480.jpg");
        assertThat(storage.open("0123abcd-480.jpg")).isEmpty();
    }

    @Test
    void anInstanceConfiguredForTheBucketServesAnUploadFromIt(@TempDir Path unusedDirectory) throws Exception {
        try (var instance = OtherInstance.start(dataSource, "--newsroom.media.directory=" + unusedDirectory,
                "--newsroom.media.storage=s3", "--newsroom.media.s3.endpoint=" + s3.endpoint(),
                "--newsroom.media.s3.bucket=" + S3MockServer.BUCKET,
                "--newsroom.media.s3.access-key=test-key", "--newsroom.media.s3.secret-key=test-secret")) {
            var image = instance.getBean(MediaLibrary.class).store("lab.jpg", TestImages.jpeg(1200, 800), "test");
            int port = OtherInstance.port(instance);

            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + image.src(480))).build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            String name = image.src(480).substring("/media/".length());
            try (var stored = storage.open(name).orElseThrow()) {
                assertThat(response.body()).isEqualTo(stored.readAllBytes());
            }
            try (var files = Files.list(unusedDirectory)) {
                assertThat(files).as("nothing on the instance's disk").isEmpty();
            }
        }
    }

    @Test
    void theDocumentedMoveCommandCopiesTheDirectoryIntoTheBucketAndEnds(@TempDir Path directory) throws IOException {
        byte[] photo = TestImages.jpeg(64, 48);
        Files.write(directory.resolve("cccc3333-480.jpg"), photo);
        var command = OtherInstance.start(dataSource, "--server.port=-1", "--management.server.port=-1",
                "--newsroom.media.directory=" + directory, "--newsroom.media.storage=s3",
                "--newsroom.media.s3.endpoint=" + s3.endpoint(), "--newsroom.media.s3.bucket=" + S3MockServer.BUCKET,
                "--newsroom.media.s3.access-key=test-key", "--newsroom.media.s3.secret-key=test-secret",
                "--newsroom.media.move-to-bucket=true");

        assertThat(command.isActive()).as("the command has ended").isFalse();
        try (var in = storage.open("cccc3333-480.jpg").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
    }

    @Test
    void movesTheDirectoryIntoTheBucketAndSkipsWhatIsAlreadyThereWhenRunAgain(@TempDir Path directory)
            throws IOException {
        byte[] small = TestImages.jpeg(48, 32);
        byte[] logo = TestImages.png(64, 16);
        Files.write(directory.resolve("aaaa1111-480.jpg"), small);
        Files.write(directory.resolve("bbbb2222-960.png"), logo);
        Files.writeString(directory.resolve("notes.txt"), "not media");
        var properties = new MediaProperties(MediaProperties.Storage.S3, directory, DataSize.ofMegabytes(10), 40_000_000L, false, List.of());
        var mover = new MediaMover(properties, storage, null);

        assertThat(mover.moveAll()).isEqualTo(new MediaMover.Moved(2, 0));
        assertThat(mover.moveAll()).as("run again").isEqualTo(new MediaMover.Moved(0, 2));

        try (var in = storage.open("aaaa1111-480.jpg").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(small);
        }
        try (var in = storage.open("bbbb2222-960.png").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(logo);
        }
        assertThat(Files.exists(directory.resolve("aaaa1111-480.jpg"))).as("the directory is left as it was").isTrue();
    }
}
