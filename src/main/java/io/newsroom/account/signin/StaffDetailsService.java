package io.newsroom.account.signin;

import java.time.Clock;

import io.newsroom.account.Staff;
import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.model.StaffAccounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account behind an email at sign-in; a locked account is reported as locked. */
@Service
public class StaffDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final Clock clock;

    StaffDetailsService(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(StaffAccount.normalize(email))
                .map(account -> new Staff(account, account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
