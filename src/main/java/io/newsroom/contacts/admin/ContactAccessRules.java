package io.newsroom.contacts.admin;

import java.util.List;

import io.newsroom.web.AccessRules;

import org.springframework.stereotype.Component;

/** Any member of staff works with the media list; forgetting a person is for ADMINs. */
@Component
class ContactAccessRules implements AccessRules {

    @Override
    public List<String> adminOnly() {
        return List.of("POST /admin/contacts/*/forget");
    }
}
