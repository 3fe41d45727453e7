package io.newsroom.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import io.newsroom.contacts.model.Contact;
import io.newsroom.contacts.model.ContactFilter;
import io.newsroom.contacts.model.ContactQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What campaigns may know of the media list: its lists and segments, and who is on them. */
@Service
public class ContactLookup {

    private final ContactQueries queries;

    ContactLookup(ContactQueries queries) {
        this.queries = queries;
    }

    public enum Kind { LIST, SEGMENT }

    /** A list or a segment, with how many it holds now. */
    public record Audience(Kind kind, long id, String name, long size) {
    }

    /** One person to mail, as the media list has them now. */
    public record Recipient(long contactId, String email, String firstName, String lastName, String outlet,
                            String language) {
    }

    @Transactional(readOnly = true)
    public List<Audience> audiences() {
        var all = new ArrayList<Audience>();
        queries.lists().forEach(l -> all.add(new Audience(Kind.LIST, l.list().getId(), l.list().getName(), l.size())));
        queries.segments().forEach(s -> all.add(new Audience(Kind.SEGMENT, s.segment().getId(), s.segment().getName(),
                s.size())));
        return all;
    }

    /** Everyone on these lists and in these segments, each address once. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(List<Long> listIds, List<Long> segmentIds) {
        var found = new LinkedHashMap<String, Recipient>();
        for (Long listId : listIds) {
            queries.all(new ContactFilter(null, null, null, null, null, listId)).forEach(c -> found.putIfAbsent(c.getEmail(), of(c)));
        }
        for (Long segmentId : segmentIds) {
            queries.segment(segmentId).ifPresent(segment ->
                    queries.all(segment.filter()).forEach(c -> found.putIfAbsent(c.getEmail(), of(c))));
        }
        return List.copyOf(found.values());
    }

    private static Recipient of(Contact c) {
        return new Recipient(c.getId(), c.getEmail(), c.getFirstName(), c.getLastName(), c.getOutlet(), c.getLanguage());
    }
}
