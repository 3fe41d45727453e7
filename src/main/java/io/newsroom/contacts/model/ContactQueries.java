package io.newsroom.contacts.model;

import java.util.List;
import java.util.Optional;

import io.newsroom.mail.Suppressions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the media list, for its pages and for campaigns. */
@Service
public class ContactQueries {

    private final Contacts contacts;
    private final ContactLists lists;
    private final Segments segments;
    private final Suppressions suppressions;

    ContactQueries(Contacts contacts, ContactLists lists, Segments segments, Suppressions suppressions) {
        this.contacts = contacts;
        this.lists = lists;
        this.segments = segments;
        this.suppressions = suppressions;
    }

    public record ListSize(ContactList list, long size) {
    }

    public record SegmentSize(Segment segment, long size) {
    }

    @Transactional(readOnly = true)
    public Page<Contact> find(ContactFilter filter, Pageable page) {
        return contacts.find(filter, page);
    }

    @Transactional(readOnly = true)
    public List<Contact> all(ContactFilter filter) {
        return contacts.findAll(filter);
    }

    @Transactional(readOnly = true)
    public long count(ContactFilter filter) {
        return contacts.count(filter);
    }

    @Transactional(readOnly = true)
    public Optional<Contact> find(long id) {
        return contacts.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Long> listsOf(long contactId) {
        return lists.listsOf(contactId);
    }

    @Transactional(readOnly = true)
    public List<ListSize> lists() {
        return lists.findAllByOrderByNameAsc().stream().map(list -> new ListSize(list, lists.size(list.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ContactList> list(long id) {
        return lists.findById(id);
    }

    @Transactional(readOnly = true)
    public List<SegmentSize> segments() {
        return segments.findAllByOrderByNameAsc().stream()
                .map(segment -> new SegmentSize(segment, contacts.count(segment.filter()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Segment> segment(long id) {
        return segments.findById(id);
    }

    /** Why this address gets no mail to lists, if it does not. */
    @Transactional(readOnly = true)
    public Optional<Suppressions.Reason> suppression(String email) {
        return suppressions.reasonFor(email);
    }
}
