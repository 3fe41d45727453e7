package io.newsroom.media;

import java.util.List;

import io.newsroom.web.AccessRules;

import org.springframework.stereotype.Component;

/** Stored images and files are public once they have an address (names nobody can guess, kept for a year). */
@Component
class MediaAccessRules implements AccessRules {

    @Override
    public List<String> publicFiles() {
        return List.of("/media/*");
    }
}
