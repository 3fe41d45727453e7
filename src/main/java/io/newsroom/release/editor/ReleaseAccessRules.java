package io.newsroom.release.editor;

import java.util.List;

import io.newsroom.web.AccessRules;

import org.springframework.stereotype.Component;

/** Deleting a release for good (from the trash) is for ADMINs; everything else in the editor is for all staff. */
@Component
class ReleaseAccessRules implements AccessRules {

    @Override
    public List<String> adminOnly() {
        return List.of("POST /admin/releases/*/delete");
    }
}
