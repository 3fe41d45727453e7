package io.newsroom.account;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who the staff are, for other features: to assign work to someone and show their name. */
@Service
public class StaffDirectory {

    private final StaffAccounts accounts;

    StaffDirectory(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    public record Member(long id, String name, String email) {
    }

    @Transactional(readOnly = true)
    public List<Member> enabled() {
        return accounts.findAllByOrderByEmailAsc().stream().filter(StaffAccount::isEnabled)
                .map(account -> new Member(account.getId(), account.getDisplayName(), account.getEmail())).toList();
    }
}
