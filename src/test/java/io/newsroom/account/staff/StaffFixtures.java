package io.newsroom.account.staff;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.newsroom.account.Role;
import io.newsroom.account.Staff;
import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.signin.SignInThrottle;
import io.newsroom.account.signin.StaffDetailsService;
import io.newsroom.audit.Actor;

import org.springframework.stereotype.Component;
import org.springframework.test.util.ReflectionTestUtils;

/** Real staff accounts for tests, each with a fresh email, and their signed-in principal. */
@Component
public class StaffFixtures {

    public static final String PASSWORD = "a long enough test passphrase";

    private static final AtomicInteger counter = new AtomicInteger();

    private final Accounts accounts;
    private final StaffDetailsService details;
    private final SignInThrottle throttle;

    StaffFixtures(Accounts accounts, StaffDetailsService details, SignInThrottle throttle) {
        this.accounts = accounts;
        this.details = details;
        this.throttle = throttle;
    }

    /**
     * A signed-in member of staff without a database, for slice tests: the principal a controller
     * receives, with this id and role.
     */
    public static Staff principal(long id, Role role) {
        var account = new StaffAccount("staff" + id + "@newsroom.test", "Staff " + id, "{noop}-", role, Instant.EPOCH);
        ReflectionTestUtils.setField(account, "id", id);
        return new Staff(account, false);
    }

    /** Other tests' failed sign-ins come from the same address; a test that signs in starts afresh. */
    public void forgetFailedSignIns() {
        throttle.forgetAll();
    }

    /** Disables an account as an ADMIN would on the accounts page. */
    public void disable(Staff member) {
        accounts.disable(Actor.SYSTEM, member.id());
    }

    public Staff editor() {
        return create(Role.EDITOR);
    }

    public Staff admin() {
        return create(Role.ADMIN);
    }

    public Staff create(Role role) {
        int n = counter.incrementAndGet();
        String email = role.name().toLowerCase() + n + "-" + System.nanoTime() + "@test.example";
        accounts.create(Actor.SYSTEM, email, role.name().charAt(0) + role.name().substring(1).toLowerCase() + " " + n,
                PASSWORD, role);
        return (Staff) details.loadUserByUsername(email);
    }
}
