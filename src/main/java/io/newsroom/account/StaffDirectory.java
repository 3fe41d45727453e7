package io.newsroom.account;

import java.util.List;
import java.util.Optional;

import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.model.StaffAccounts;

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

    /** The enabled members who review releases (PUBLISHERs and ADMINs). */
    @Transactional(readOnly = true)
    public List<Member> reviewers() {
        return accounts.findAllByOrderByEmailAsc().stream()
                .filter(account -> account.isEnabled() && account.getRole() != Role.EDITOR)
                .map(account -> new Member(account.getId(), account.getDisplayName(), account.getEmail())).toList();
    }

    /** An enabled member by id. */
    @Transactional(readOnly = true)
    public Optional<Member> find(long id) {
        return accounts.findById(id).filter(StaffAccount::isEnabled)
                .map(account -> new Member(account.getId(), account.getDisplayName(), account.getEmail()));
    }

    @Transactional(readOnly = true)
    public List<Member> enabled() {
        return accounts.findAllByOrderByEmailAsc().stream().filter(StaffAccount::isEnabled)
                .map(account -> new Member(account.getId(), account.getDisplayName(), account.getEmail())).toList();
    }
}
