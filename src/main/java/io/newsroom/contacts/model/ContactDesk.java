package io.newsroom.contacts.model;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;
import io.newsroom.mail.Suppressions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to contacts, erasure included. One transaction each; lists and segments are {@link ListDesk}'s. */
@Service
public class ContactDesk {

    private final Contacts contacts;
    private final ContactLists lists;
    private final Suppressions suppressions;
    private final AuditLog audit;
    private final Clock clock;

    ContactDesk(Contacts contacts, ContactLists lists, Suppressions suppressions, AuditLog audit, Clock clock) {
        this.contacts = contacts;
        this.lists = lists;
        this.suppressions = suppressions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why a change was refused, as a message key for the field it concerns. */
    public record Refusal(String field, String key) {
    }

    /** A new contact on these lists; refused when the address is on the list already. */
    @Transactional
    public Result<Long> create(ContactDetails details, List<Long> listIds, Actor actor) {
        if (contacts.findByEmail(Contact.normalEmail(details.email())).isPresent()) {
            return Result.refused(new Refusal("email", "contacts.email-taken"));
        }
        var contact = contacts.save(new Contact(details, clock.instant()));
        setLists(contact.getId(), listIds);
        audit.record(actor, "contact.created", "#" + contact.getId());
        return Result.done(contact.getId());
    }

    /**
     * Changes a contact as it was at {@code version}; refused when someone else changed it since,
     * so that nothing they wrote is silently overwritten. Empty when there is no such contact.
     */
    @Transactional
    public Optional<Result<Long>> change(long id, long version, ContactDetails details, List<Long> listIds, Actor actor) {
        return contacts.findById(id).map(contact -> {
            if (contact.getVersion() != version) {
                return Result.<Long>refused(new Refusal(null, "contacts.changed-meanwhile"));
            }
            String email = Contact.normalEmail(details.email());
            if (!email.equals(contact.getEmail())) {
                return Result.<Long>refused(new Refusal("email", "contacts.email-fixed"));
            }
            contact.change(details, clock.instant());
            setLists(id, listIds);
            audit.record(actor, "contact.changed", "#" + id);
            return Result.done(id);
        });
    }

    /**
     * Forgets a person: the contact, their list places, and everything other features keep of the
     * address go; what stays is a hash of the address on the suppression list, so that no import or
     * form brings them back into a mailing. The audit log names the contact by number only.
     */
    @Transactional
    public boolean forget(long id, Actor actor) {
        return contacts.findById(id).map(contact -> {
            String email = contact.getEmail();
            contacts.delete(contact);
            suppressions.forget(email);
            audit.record(actor, "contact.forgotten", "#" + id);
            return true;
        }).orElse(false);
    }

    private void setLists(long contactId, List<Long> listIds) {
        var wanted = listIds == null ? List.<Long>of() : listIds;
        for (Long current : lists.listsOf(contactId)) {
            if (!wanted.contains(current)) {
                lists.remove(current, contactId);
            }
        }
        wanted.stream().distinct().filter(listId -> lists.findById(listId).isPresent())
                .forEach(listId -> lists.add(listId, contactId));
    }

    /** Done with a value, or refused with a reason. */
    public record Result<T>(T value, Refusal refusal) {

        public static <T> Result<T> done(T value) {
            return new Result<>(value, null);
        }

        public static <T> Result<T> refused(Refusal refusal) {
            return new Result<>(null, refusal);
        }

        public boolean isDone() {
            return refusal == null;
        }
    }
}
