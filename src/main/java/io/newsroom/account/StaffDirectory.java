package io.newsroom.account;

import java.util.List;
import java.util.Locale;
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

    /** @param language the language they chose to work in, or null: the newsroom's default */
    public record Member(long id, String name, String email, Locale language) {

        /** The language mail to them is written in. */
        public Locale languageOr(Locale newsroomDefault) {
            return language == null ? newsroomDefault : language;
        }
    }

    /** The enabled members who review releases (PUBLISHERs and ADMINs). */
    @Transactional(readOnly = true)
    public List<Member> reviewers() {
        return accounts.findAllByOrderByEmailAsc().stream()
                .filter(account -> account.isEnabled() && account.getRole() != Role.EDITOR)
                .map(StaffDirectory::member).toList();
    }

    /** An enabled member by id. */
    @Transactional(readOnly = true)
    public Optional<Member> find(long id) {
        return accounts.findById(id).filter(StaffAccount::isEnabled)
                .map(StaffDirectory::member);
    }

    @Transactional(readOnly = true)
    public List<Member> enabled() {
        return accounts.findAllByOrderByEmailAsc().stream().filter(StaffAccount::isEnabled)
                .map(StaffDirectory::member).toList();
    }

    /** The language the enabled member with this address works in, if they chose one. */
    @Transactional(readOnly = true)
    public Optional<Locale> languageOf(String email) {
        return accounts.findByEmail(StaffAccount.normalize(email)).filter(StaffAccount::isEnabled).flatMap(StaffAccount::language);
    }

    private static Member member(StaffAccount account) {
        return new Member(account.getId(), account.getDisplayName(), account.getEmail(), account.language().orElse(null));
    }
}
