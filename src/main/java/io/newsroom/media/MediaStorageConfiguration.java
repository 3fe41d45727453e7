package io.newsroom.media;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The storage {@code newsroom.media.storage} names: a directory (the default) or an S3 bucket. */
@Configuration(proxyBeanMethods = false)
class MediaStorageConfiguration {

    @Bean
    @ConditionalOnProperty(name = "newsroom.media.storage", havingValue = "directory", matchIfMissing = true)
    DirectoryStorage directoryStorage(MediaProperties properties) throws IOException {
        return new DirectoryStorage(properties);
    }

    @Bean
    @ConditionalOnProperty(name = "newsroom.media.storage", havingValue = "s3")
    S3Storage s3Storage(S3Properties properties) {
        return new S3Storage(properties);
    }
}
