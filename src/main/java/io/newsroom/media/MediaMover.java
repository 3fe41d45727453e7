package io.newsroom.media;

import java.io.IOException;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command that moves media from the directory into the bucket (README, "Media in a bucket"):
 * started with {@code --newsroom.media.move-to-bucket=true} and {@code newsroom.media.storage=s3}, it
 * copies every stored file the bucket lacks, says how many, and exits. It can be run again (files
 * already there are skipped) and leaves the directory as it was, to be removed once checked.
 */
@Component
@ConditionalOnProperty(name = "newsroom.media.move-to-bucket", havingValue = "true")
class MediaMover implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MediaMover.class);

    private final MediaProperties properties;
    private final MediaStorage storage;
    private final ConfigurableApplicationContext context;

    MediaMover(MediaProperties properties, MediaStorage storage, ConfigurableApplicationContext context) {
        this.properties = properties;
        this.storage = storage;
        this.context = context;
    }

    /** How many files were copied, and how many the bucket had already. */
    record Moved(int copied, int alreadyThere) {
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        var moved = moveAll();
        log.info("Media moved from {} to the bucket: {} copied, {} already there", properties.directory(),
                moved.copied(), moved.alreadyThere());
        // a command, not a server: close the application, after which the JVM ends
        SpringApplication.exit(context);
    }

    Moved moveAll() throws IOException {
        if (!(storage instanceof S3Storage bucket)) {
            throw new IllegalStateException("newsroom.media.move-to-bucket needs newsroom.media.storage=s3");
        }
        var directory = new DirectoryStorage(properties);
        int copied = 0;
        int alreadyThere = 0;
        for (String name : directory.names()) {
            if (bucket.has(name)) {
                alreadyThere++;
            } else {
                bucket.put(name, Files.readAllBytes(properties.directory().resolve(name)));
                copied++;
            }
        }
        return new Moved(copied, alreadyThere);
    }
}
