package io.newsroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where image files live. A directory on disk today; an S3-compatible store can implement the same
 * three operations when several instances need to share files.
 */
interface MediaStorage {

    void put(String name, byte[] content) throws IOException;

    Optional<InputStream> open(String name) throws IOException;

    void delete(String name) throws IOException;
}
