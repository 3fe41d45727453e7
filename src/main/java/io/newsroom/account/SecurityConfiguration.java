package io.newsroom.account;

import java.util.Map;

import io.newsroom.web.SecurityHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what: the public newsroom is open, {@code /admin/**} needs a signed-in staff member,
 * and accounts, settings, the audit log and deleting for good need an ADMIN. Security headers go
 * on every response.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, StaffAccounts accounts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/login").permitAll()
                        .requestMatchers("/admin/accounts/**", "/admin/settings/**", "/admin/audit/**",
                                "/admin/subscribers/**", "/admin/subscribers.csv").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/admin/releases/*/delete").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasRole("EDITOR")
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/admin/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/admin", false)
                        .failureHandler(new SignInFailureHandler()))
                // "/admin/login", never "http://<the Host the request named>/admin/login"
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInPage()))
                .logout(logout -> logout
                        .logoutUrl("/admin/logout")
                        .logoutSuccessUrl("/admin/login?signed-out")
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                // mail clients' one-click unsubscribe (RFC 8058) posts without a form; the URL's token is the proof
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/alerts/unsubscribe/*")))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .permissionsPolicyHeader(policy -> policy.policy(SecurityHeaders.PERMISSIONS_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                // not beans: as beans Boot would also register them for every request
                .addFilterBefore(new BodyLimitFilter(), CsrfFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionGuardFilter(accounts), AnonymousAuthenticationFilter.class);
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

    private static LoginUrlAuthenticationEntryPoint signInPage() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/admin/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** Argon2id for new hashes; hashes of other kinds Spring knows still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder(12)));
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
    }

    /** An address the firewall refuses (an encoded dot, a semicolon, ...) is a 400 page, not a 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }
}
