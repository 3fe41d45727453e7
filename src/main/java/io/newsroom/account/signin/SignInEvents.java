package io.newsroom.account.signin;

import java.time.Clock;

import io.newsroom.account.Staff;
import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.model.StaffAccounts;
import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per account (in the database) and per address, and audits both outcomes. */
@Component
class SignInEvents {

    private final StaffAccounts accounts;
    private final PasswordGuesses guesses;
    private final AuditLog audit;
    private final Clock clock;

    SignInEvents(StaffAccounts accounts, PasswordGuesses guesses, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.guesses = guesses;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A password was right. The sign-in itself is recorded, and the account's failures forgotten, only
     * when it completes ({@link #signedIn}): with a second factor, a right password alone must not
     * reset the count of wrong codes.
     */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Staff staff
                && event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            audit.record(staff.actor(), "account.password-accepted", null);
        }
    }

    /** A sign-in completed: with a password alone where no second factor is asked, or with one. */
    @Transactional
    public void signedIn(Staff staff) {
        accounts.findById(staff.id()).ifPresent(account -> account.recordSignIn(clock.instant()));
        audit.record(staff.actor(), "account.signed-in", null);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof BoundedPasswordEncoder.BusyException) {
            return; // nothing was checked: not a guess
        }
        String email = StaffAccount.normalize(String.valueOf(event.getAuthentication().getPrincipal()));
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        guesses.wrong(email, address);
        audit.record(new Actor(null, email), "account.sign-in-failed", event.getException().getClass().getSimpleName());
    }
}
