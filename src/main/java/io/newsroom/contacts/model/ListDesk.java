package io.newsroom.contacts.model;

import java.time.Clock;

import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists (chosen by hand) and segments (saved filters): made, filled and deleted. One transaction each. */
@Service
public class ListDesk {

    private final Contacts contacts;
    private final ContactLists lists;
    private final Segments segments;
    private final AuditLog audit;
    private final Clock clock;

    ListDesk(Contacts contacts, ContactLists lists, Segments segments, AuditLog audit, Clock clock) {
        this.contacts = contacts;
        this.lists = lists;
        this.segments = segments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ContactDesk.Result<Long> createList(String name, Actor actor) {
        if (lists.findByNameIgnoreCase(name.strip()).isPresent()) {
            return ContactDesk.Result.refused(new ContactDesk.Refusal("name", "contacts.list-name-taken"));
        }
        var list = lists.save(new ContactList(name, clock.instant()));
        audit.record(actor, "contact-list.created", list.getName());
        return ContactDesk.Result.done(list.getId());
    }

    @Transactional
    public boolean deleteList(long id, Actor actor) {
        return lists.findById(id).map(list -> {
            lists.delete(list);
            audit.record(actor, "contact-list.deleted", list.getName());
            return true;
        }).orElse(false);
    }

    /** Puts everyone the filter finds on the list; returns how many were not on it before. */
    @Transactional
    public int addToList(long listId, ContactFilter filter, Actor actor) {
        if (lists.findById(listId).isEmpty()) {
            return 0;
        }
        int added = 0;
        for (var contact : contacts.findAll(filter)) {
            added += lists.add(listId, contact.getId());
        }
        audit.record(actor, "contact-list.added", "#" + listId + " +" + added);
        return added;
    }

    @Transactional
    public void removeFromList(long listId, long contactId) {
        lists.remove(listId, contactId);
    }

    @Transactional
    public ContactDesk.Result<Long> saveSegment(String name, ContactFilter filter, Actor actor) {
        if (!filter.isSegment()) {
            return ContactDesk.Result.refused(new ContactDesk.Refusal(null, "contacts.segment-needs-filter"));
        }
        if (segments.findByNameIgnoreCase(name.strip()).isPresent()) {
            return ContactDesk.Result.refused(new ContactDesk.Refusal("name", "contacts.segment-name-taken"));
        }
        var segment = segments.save(new Segment(name, filter, clock.instant()));
        audit.record(actor, "contact-segment.created", segment.getName());
        return ContactDesk.Result.done(segment.getId());
    }

    @Transactional
    public boolean deleteSegment(long id, Actor actor) {
        return segments.findById(id).map(segment -> {
            segments.delete(segment);
            audit.record(actor, "contact-segment.deleted", segment.getName());
            return true;
        }).orElse(false);
    }
}
