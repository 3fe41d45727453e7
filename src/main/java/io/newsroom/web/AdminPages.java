package io.newsroom.web;

import java.util.List;

/**
 * What a feature's admin pages require, declared by the feature itself so that the security
 * configuration knows no feature's addresses. Every page under {@code /admin} needs a signed-in
 * member of staff; those listed here need an ADMIN.
 */
public interface AdminPages {

    /**
     * Patterns of the addresses only ADMINs may use, e.g. {@code /admin/webhooks/**}; a pattern that
     * starts with a method and a space ({@code "POST /admin/releases/{id}/delete"}) holds for that method only.
     */
    List<String> adminOnly();
}
