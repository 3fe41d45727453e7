package io.newsroom.release.api;

import java.util.List;

import io.newsroom.web.AccessRules;

import org.springframework.stereotype.Component;

/** The staff API is for scripts and tools with a personal access token, never a browser session. */
@Component
class StaffApiAccessRules implements AccessRules {

    @Override
    public List<String> accessTokenOnly() {
        return List.of("/api/v1/staff/**");
    }
}
