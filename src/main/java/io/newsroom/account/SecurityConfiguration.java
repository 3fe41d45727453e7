package io.newsroom.account;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.account.factors.PasskeySignIn;
import io.newsroom.account.factors.SecondFactorFilter;
import io.newsroom.account.factors.SecondFactors;
import io.newsroom.account.factors.SignInSuccessHandler;
import io.newsroom.account.model.StaffAccounts;
import io.newsroom.account.signin.BodyLimitFilter;
import io.newsroom.account.signin.BoundedPasswordEncoder;
import io.newsroom.account.signin.SessionGuardFilter;
import io.newsroom.account.signin.SignInFailureHandler;
import io.newsroom.account.signin.SignInSessions;
import io.newsroom.account.signin.SignInThrottle;
import io.newsroom.account.signin.SignInThrottleFilter;
import io.newsroom.account.tokens.AccessTokens;
import io.newsroom.account.tokens.BearerTokenFilter;
import io.newsroom.audit.AuditLog;
import io.newsroom.web.AccessRules;
import io.newsroom.web.SecurityHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Who may see what: the public newsroom is open, {@code /admin/**} needs a signed-in staff member,
 * and accounts, settings, the audit log and deleting for good need an ADMIN. Security headers go
 * on every response.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /**
     * The files features declare the same for everyone (robots.txt, feeds, the sitemap, assets,
     * media), when read: only the security headers. No session or security context is looked up, no
     * CSRF token is made, nothing is authorised (anyone may read them), so the most requested
     * addresses pay for none of that. Any other method on them goes through the full chain below.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicFileFilterChain(HttpSecurity http, List<AccessRules> features) throws Exception {
        var files = matchers(features, AccessRules::publicFiles);
        http.securityMatcher(request -> isRead(request) && anyMatches(files, request))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .exceptionHandling(exceptions -> exceptions.disable())
                .logout(logout -> logout.disable())
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    private static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method);
    }

    private static boolean anyMatches(RequestMatcher[] matchers, HttpServletRequest request) {
        for (RequestMatcher matcher : matchers) {
            if (matcher.matches(request)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The APIs that features declare token-only (the staff API): no session and no CSRF (a bearer
     * token is no cookie a browser sends by itself), reads with a token of either scope, changes only
     * with a write token, and a 401 or 403 as a problem detail, never the sign-in page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain accessTokenFilterChain(HttpSecurity http, AccessTokens tokens, StaffAccounts accounts,
                                               SecondFactors factors, TransactionOperations transactions,
                                               List<AccessRules> features) throws Exception {
        var apis = matchers(features, AccessRules::accessTokenOnly);
        http.securityMatcher(apis.length == 0 ? request -> false : new OrRequestMatcher(apis))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(request -> HttpMethod.GET.matches(request.getMethod()))
                        .hasAnyAuthority("SCOPE_READ", "SCOPE_WRITE")
                        .anyRequest().hasAuthority("SCOPE_WRITE"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, refused) -> BearerTokenFilter.problem(response, 401,
                                "A valid access token is needed: Authorization: Bearer <token>."))
                        .accessDeniedHandler((request, response, refused) -> BearerTokenFilter.problem(response, 403,
                                "This token may not do this: its scope or its owner's role does not allow it.")))
                .headers(SecurityConfiguration::securityHeaders)
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, factors, transactions), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** The same security headers on every response, whichever chain answers it. */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(policy -> policy.policy(SecurityHeaders.PERMISSIONS_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, StaffAccounts accounts,
                                            PasskeySignIn passkeys, SecondFactors factors, SignInSessions sessions,
                                            AuditLog audit, List<AccessRules> features) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/login", "/admin/login/code").permitAll()
                        // passkeys are removed on the security page, where it is audited and checked against the policy
                        .requestMatchers(HttpMethod.DELETE, "/webauthn/register/**").denyAll()
                        // a session setting up its second factor may do this and nothing else
                        .requestMatchers(PasskeySignIn.registration(), PathPatternRequestMatcher.withDefaults()
                                .matcher("/admin/account/security/**"), PathPatternRequestMatcher.withDefaults()
                                .matcher("/admin/account/security"))
                        .hasAnyAuthority("ROLE_EDITOR", "ROLE_PUBLISHER", "ROLE_ADMIN", SignInSessions.SETTING_UP_SECOND_FACTOR)
                        .requestMatchers("/admin/accounts/**").hasRole("ADMIN")
                        // each feature says which of its admin pages are for ADMINs
                        .requestMatchers(matchers(features, AccessRules::adminOnly)).hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasRole("EDITOR")
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/admin/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(new SignInSuccessHandler(factors, sessions))
                        .failureHandler(new SignInFailureHandler()))
                .requestCache(cache -> cache.requestCache(SignInSessions.SAVED_REQUESTS))
                // "/admin/login", never "http://<the Host the request named>/admin/login"
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInPage()))
                .logout(logout -> logout
                        .logoutUrl("/admin/logout")
                        .logoutSuccessUrl("/admin/login?signed-out")
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                // each feature says which of its addresses are posted without a form
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers(matchers(features,
                        AccessRules::withoutCsrf)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityConfiguration::securityHeaders)
                // not beans: as beans Boot would also register them for every request
                .addFilterBefore(new BodyLimitFilter(), CsrfFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionGuardFilter(accounts, factors::missingWhereRequired, sessions), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorFilter(), SessionGuardFilter.class);
        passkeys.configure(http, audit);
        return http.build();
    }

    /**
     * CSRF tokens in a cookie (HttpOnly, SameSite=Lax), checked against the form's field, rather than
     * in a session: a visitor who opens a public form gets no session, so sessions (kept in the
     * database) are for staff only, and the contact form works while the database is away.
     */
    private static CookieCsrfTokenRepository csrfTokens() {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    /** The features' patterns of one kind, "METHOD /path" for one method, as request matchers. */
    static RequestMatcher[] matchers(List<AccessRules> features, Function<AccessRules, List<String>> kind) {
        var paths = PathPatternRequestMatcher.withDefaults();
        return features.stream().flatMap(feature -> kind.apply(feature).stream())
                .map(pattern -> {
                    int space = pattern.indexOf(' ');
                    return space < 0 ? paths.matcher(pattern)
                            : paths.matcher(HttpMethod.valueOf(pattern.substring(0, space)), pattern.substring(space + 1));
                })
                .toArray(RequestMatcher[]::new);
    }

    private static LoginUrlAuthenticationEntryPoint signInPage() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/admin/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /**
     * Argon2id for new hashes; hashes of other kinds Spring knows still verify. At most two run at
     * once (about 16 MB each), six more wait up to 5 s, and more sign-ins at once are answered busy.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new BoundedPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2,
                "bcrypt", new BCryptPasswordEncoder(12))), 2, 6, Duration.ofSeconds(5));
    }

    /**
     * No observation of each security filter: with metrics on, Spring Security wraps every filter of
     * the chain in an observation of its own, which cost more than the rest of a small request
     * (robots.txt) together. The request itself is still observed (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_PUBLISHER\nROLE_PUBLISHER > ROLE_EDITOR");
    }

    /** An address the firewall refuses (an encoded dot, a semicolon, ...) is a 400 page, not a 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }
}
