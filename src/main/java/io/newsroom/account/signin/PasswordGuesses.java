package io.newsroom.account.signin;

import java.time.Clock;

import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.model.StaffAccounts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong passwords, wherever they are typed (the sign-in form, or "current password" when changing
 * it): each counts toward the account's lock and the address's throttle, so a stolen session
 * cannot guess the password any faster than a stranger at the sign-in form.
 */
@Component
public class PasswordGuesses {

    private final StaffAccounts accounts;
    private final SignInThrottle throttle;
    private final Clock clock;

    PasswordGuesses(StaffAccounts accounts, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** False while the account is locked or the address throttled: no password is checked then. */
    public boolean mayGuess(String normalizedEmail, String address) {
        if (address != null && throttle.isThrottled(address)) {
            return false;
        }
        return accounts.findByEmail(normalizedEmail).map(a -> !a.isLockedAt(clock.instant())).orElse(true);
    }

    /** Counts a wrong password in one statement: concurrent failures on several instances queue on the row. */
    @Transactional
    public void wrong(String normalizedEmail, String address) {
        var now = clock.instant();
        if (accounts.countFailure(normalizedEmail, now) == 1) {
            accounts.failuresInARow(normalizedEmail).flatMap(StaffAccount::lockAfter)
                    .ifPresent(lock -> accounts.lockUntil(normalizedEmail, now.plus(lock)));
        }
        if (address != null) {
            throttle.recordFailure(address);
        }
    }
}
