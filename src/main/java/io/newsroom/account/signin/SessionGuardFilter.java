package io.newsroom.account.signin;

import java.io.IOException;
import java.util.function.LongPredicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.account.Staff;
import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.model.StaffAccounts;
import io.newsroom.web.RequestLanguage;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Ends a staff session as soon as its account is disabled, its role changes or its password
 * changes elsewhere, and holds a session at setting up a second factor as soon as every account
 * must have one and this one has none (a session that began before the rule included). Checked
 * against the database on every admin request, so it holds whichever instance made the change and
 * whichever serves the request.
 */
public class SessionGuardFilter extends OncePerRequestFilter {

    private final StaffAccounts accounts;
    private final LongPredicate secondFactorMissing;
    private final SignInSessions sessions;

    /**
     * @param secondFactorMissing whether a staff member (by id) lacks the second factor the policy requires
     */
    public SessionGuardFilter(StaffAccounts accounts, LongPredicate secondFactorMissing, SignInSessions sessions) {
        this.accounts = accounts;
        this.secondFactorMissing = secondFactorMissing;
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isAdmin(request);
    }

    /** Whether the request is for the admin ({@code /admin} and below), where staff sessions matter. */
    public static boolean isAdmin(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.startsWith("/admin/") || "/admin".equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var current = authentication != null && authentication.getPrincipal() instanceof Staff staff
                ? accounts.findById(staff.id()).filter(account -> isCurrent(account, staff)) : null;
        if (current != null && current.isEmpty()) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/admin/login?expired");
            return;
        }
        if (authentication != null && authentication.getPrincipal() instanceof Staff staff
                && !SignInSessions.isAwaitingSecondFactor(authentication)
                && !SignInSessions.isSettingUpSecondFactor(authentication) && secondFactorMissing.test(staff.id())) {
            // the rule came after the sign-in: from now on this session may set a factor up and nothing else
            sessions.holdAt(SignInSessions.SETTING_UP_SECOND_FACTOR, staff, request, response);
        }
        if (current != null) {
            // the admin speaks the language this member of staff chose (read with the check above, no other query)
            current.flatMap(StaffAccount::language).ifPresent(language -> request.setAttribute(RequestLanguage.STAFF, language));
        }
        chain.doFilter(request, response);
    }

    private static boolean isCurrent(StaffAccount account, Staff staff) {
        return account.isEnabled() && account.getSessionStamp() == staff.sessionStamp();
    }
}
