package io.newsroom.account;

/** What a staff member may do. An ADMIN can do everything an EDITOR can. */
public enum Role {
    EDITOR,
    ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
