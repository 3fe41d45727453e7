package io.newsroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where image files live: a directory ({@link DirectoryStorage}, the default) or an S3-compatible
 * bucket ({@link S3Storage}) that several instances share; {@code newsroom.media.storage} chooses.
 */
interface MediaStorage {

    void put(String name, byte[] content) throws IOException;

    Optional<InputStream> open(String name) throws IOException;

    void delete(String name) throws IOException;
}
