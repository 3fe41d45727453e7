package io.newsroom.account.factors;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.account.Staff;
import io.newsroom.account.signin.SignInSessions;
import io.newsroom.account.signin.SignInThrottle;
import io.newsroom.account.signin.StaffDetailsService;
import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsFilter;
import org.springframework.security.web.webauthn.registration.WebAuthnRegistrationFilter;
import org.springframework.stereotype.Component;

/**
 * Signing in with a passkey, and registering one, with Spring Security's WebAuthn filters, wired here
 * rather than by {@code http.webAuthn()} so that a passkey sign-in ends as every other does: the
 * session's principal is the staff member, a new session id, the sign-in recorded, a disabled or
 * locked account refused, failures counted against the address. A passkey is a sign-in of its own
 * (something held and, with user verification, something known or being): no second step follows.
 */
@Component
public class PasskeySignIn {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final StaffPasskeys passkeys;
    private final StaffDetailsService details;
    private final SignInSessions sessions;
    private final SignInThrottle throttle;

    PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, StaffPasskeys passkeys, StaffDetailsService details,
                  SignInSessions sessions, SignInThrottle throttle) {
        this.relyingParty = relyingParty;
        this.passkeys = passkeys;
        this.details = details;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    public void configure(HttpSecurity http, AuditLog audit) {
        var signIn = new WebAuthnAuthenticationFilter();
        signIn.setAuthenticationManager(new ProviderManager(new StaffPasskeyProvider(relyingParty, details, audit)));
        signIn.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        signIn.setAuthenticationSuccessHandler(this::signedIn);
        signIn.setAuthenticationFailureHandler(this::failed);
        var ceremonies = new PasskeyCeremonies();
        var creationOptions = new PublicKeyCredentialCreationOptionsFilter(relyingParty);
        creationOptions.setCreationOptionsRepository(ceremonies);
        var registration = new WebAuthnRegistrationFilter(passkeys, relyingParty);
        registration.setCreationOptionsRepository(ceremonies);
        http.addFilterBefore(signIn, BasicAuthenticationFilter.class)
                .addFilterBefore(new PublicKeyCredentialRequestOptionsFilter(relyingParty), AuthorizationFilter.class)
                .addFilterBefore(creationOptions, AuthorizationFilter.class)
                .addFilterAfter(registration, AuthorizationFilter.class);
    }

    /** Where passkeys are registered: a complete session, or one setting up its second factor. */
    public static PathPatternRequestMatcher registration() {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/webauthn/register/**");
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String target = sessions.complete((Staff) authentication.getPrincipal(), request, response);
        response.setContentType("application/json");
        response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"" + target.replace("\"", "") + "\"}");
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        throttle.recordFailure(request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.getWriter().write("{\"authenticated\":false}");
    }

    /** Spring Security's passkey check, then the staff member it names, if they may sign in. */
    private static final class StaffPasskeyProvider implements AuthenticationProvider {

        private final WebAuthnAuthenticationProvider passkeyCheck;
        private final StaffDetailsService details;
        private final AuditLog audit;

        StaffPasskeyProvider(WebAuthnRelyingPartyOperations relyingParty, StaffDetailsService details, AuditLog audit) {
            this.passkeyCheck = new WebAuthnAuthenticationProvider(relyingParty, details);
            this.details = details;
            this.audit = audit;
        }

        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            Authentication checked;
            try {
                checked = passkeyCheck.authenticate(authentication);
            } catch (AuthenticationException refused) {
                audit.record(new Actor(null, "unknown"), "account.sign-in-failed", "passkey");
                throw refused;
            }
            String email = ((PublicKeyCredentialUserEntity) checked.getPrincipal()).getName();
            var staff = (Staff) details.loadUserByUsername(email);
            if (!staff.isEnabled()) {
                audit.record(staff.actor(), "account.sign-in-failed", "passkey of a disabled account");
                throw new DisabledException("Disabled");
            }
            if (!staff.isAccountNonLocked()) {
                audit.record(staff.actor(), "account.sign-in-failed", "passkey of a locked account");
                throw new LockedException("Locked");
            }
            audit.record(staff.actor(), "account.factor-used", "passkey");
            return UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities());
        }

        @Override
        public boolean supports(Class<?> type) {
            return passkeyCheck.supports(type);
        }
    }
}
