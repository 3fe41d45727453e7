package io.newsroom.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import io.newsroom.account.model.StaffAccount;
import io.newsroom.audit.Actor;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member, as kept in the session. Other features get it with
 * {@code @AuthenticationPrincipal Staff staff}.
 */
public final class Staff implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final long sessionStamp;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;
    /** The access token this request came with, or null in a signed-in session. */
    private final String tokenName;

    public Staff(StaffAccount account, boolean locked) {
        this(account, locked, null);
    }

    /** The owner of an access token, for one API request: what they do is audited as done with the token. */
    public Staff(StaffAccount account, boolean locked, String tokenName) {
        this.tokenName = tokenName;
        this.id = account.getId();
        this.email = account.getEmail();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.sessionStamp = account.getSessionStamp();
        this.enabled = account.isEnabled();
        this.locked = locked;
        this.passwordHash = account.getPasswordHash();
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** Whether this member reviews releases: publishes those submitted for review (a PUBLISHER or an ADMIN). */
    public boolean isReviewer() {
        return role == Role.PUBLISHER || role == Role.ADMIN;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Actor actor() {
        return new Actor(id, tokenName == null ? email : email + " (token \u201c" + tokenName + "\u201d)");
    }

    public long sessionStamp() {
        return sessionStamp;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Staff staff && staff.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Staff[" + email + "]";
    }
}
