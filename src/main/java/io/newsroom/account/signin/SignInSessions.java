package io.newsroom.account.signin;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.account.Staff;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * The steps of a staff session: a password alone leaves it waiting for the second factor (or, when
 * every account must have one and this one has none, able to set one up and nothing else); the
 * second factor, or a passkey, completes it. Only a complete session has a role.
 */
@Component
public class SignInSessions {

    /** The authority of a session that has a password and waits for its second factor. */
    public static final String AWAITING_SECOND_FACTOR = "AWAITING_SECOND_FACTOR";

    /** The authority of a session that must set up a second factor before anything else. */
    public static final String SETTING_UP_SECOND_FACTOR = "SETTING_UP_SECOND_FACTOR";

    /**
     * The admin page first asked for, kept in a cookie rather than a session: a visitor who opens an
     * admin address gets no session (sessions live in the database and are for staff).
     */
    public static final RequestCache SAVED_REQUESTS = new CookieRequestCache();

    private static final SecurityContextRepository CONTEXTS = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    private final StaffDetailsService details;
    private final SignInEvents events;

    SignInSessions(StaffDetailsService details, SignInEvents events) {
        this.details = details;
        this.events = events;
    }

    public static boolean isAwaitingSecondFactor(Authentication authentication) {
        return has(authentication, AWAITING_SECOND_FACTOR);
    }

    public static boolean isSettingUpSecondFactor(Authentication authentication) {
        return has(authentication, SETTING_UP_SECOND_FACTOR);
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    /** Leaves the session at a step before complete: the member is known, with no role yet. */
    public void holdAt(String step, Staff staff, HttpServletRequest request, HttpServletResponse response) {
        save(UsernamePasswordAuthenticationToken.authenticated(staff, null, List.of(new SimpleGrantedAuthority(step))),
                request, response);
    }

    /**
     * Completes the sign-in: a new session id, the member's role, the sign-in recorded. Answers where
     * to go: the admin page first asked for, or the admin.
     */
    public String complete(Staff staff, HttpServletRequest request, HttpServletResponse response) {
        var fresh = (Staff) details.loadUserByUsername(staff.email());
        request.changeSessionId();
        save(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()), request, response);
        events.signedIn(fresh);
        var saved = SAVED_REQUESTS.getRequest(request, response);
        SAVED_REQUESTS.removeRequest(request, response);
        return request.getContextPath() + adminPathOf(saved == null ? null : saved.getRedirectUrl());
    }

    /**
     * The path and query of a saved admin address, never its scheme or host (a cookie is the
     * client's to change): {@code /admin} when it names no admin page.
     */
    static String adminPathOf(String savedUrl) {
        if (savedUrl == null) {
            return "/admin";
        }
        try {
            var uri = URI.create(savedUrl);
            String path = uri.getRawPath();
            if (path == null || !(path.equals("/admin") || path.startsWith("/admin/")) || path.contains("//")
                    || path.contains("\\")) {
                return "/admin";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException unreadable) {
            return "/admin";
        }
    }

    private static void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
