package io.newsroom.account.tokens;

import java.io.IOException;
import java.util.ArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.account.Staff;
import io.newsroom.account.factors.SecondFactors;
import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.model.StaffAccounts;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a staff API request by its {@code Authorization: Bearer} token: as the token's owner,
 * with the owner's role and the token's scope ({@code SCOPE_READ} or {@code SCOPE_WRITE}), for this
 * request only. A disabled account's tokens sign nobody in (disabling revokes them). While every
 * account must have a second factor, the tokens of an account without one are refused with a 403
 * that says so; they work again once their owner has set a factor up.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    static final String FACTOR_MISSING = "Every account must have a second factor now, and this token's owner has"
            + " none: they sign in to the admin and set one up; then the token works again.";

    private final AccessTokens tokens;
    private final StaffAccounts accounts;
    private final SecondFactors factors;
    private final TransactionOperations transactions;

    public BearerTokenFilter(AccessTokens tokens, StaffAccounts accounts, SecondFactors factors,
                      TransactionOperations transactions) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.factors = factors;
        this.transactions = transactions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var staff = transactions.execute(status -> tokens.authenticate(header.substring(7).trim(),
                            request.getMethod() + " " + request.getRequestURI())
                    .flatMap(use -> accounts.findById(use.staffId())
                            .filter(StaffAccount::isEnabled)
                            .map(account -> {
                                var who = new Staff(account, false, use.name());
                                var authorities = new ArrayList<GrantedAuthority>(who.getAuthorities());
                                authorities.add(new SimpleGrantedAuthority("SCOPE_" + use.scope().name()));
                                return new UsernamePasswordAuthenticationToken(who, null, authorities);
                            })))
                    .orElse(null);
            if (staff != null && factors.missingWhereRequired(((Staff) staff.getPrincipal()).id())) {
                problem(response, 403, FACTOR_MISSING);
                return;
            }
            if (staff != null) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(staff);
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** A refusal of the staff API, as problem details (RFC 9457); a 401 names the Bearer scheme. */
    public static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
                + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"detail\":\"" + detail + "\"}");
    }
}
