package io.newsroom.account;

/**
 * What a staff member may do. A PUBLISHER can do everything an EDITOR can and reviews releases
 * (publishes them when review before publishing is on); an ADMIN can do everything a PUBLISHER can.
 */
public enum Role {
    EDITOR,
    PUBLISHER,
    ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
