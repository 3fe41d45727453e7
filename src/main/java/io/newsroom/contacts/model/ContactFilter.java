package io.newsroom.contacts.model;

import java.util.ArrayList;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import io.newsroom.web.Like;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which contacts: by words in the name, address or outlet, by tag, beat, language, outlet or list.
 * Every part is optional; a segment is a saved one.
 */
public record ContactFilter(String q, String tag, String beat, String language, String outlet, Long listId) {

    public static final ContactFilter ALL = new ContactFilter(null, null, null, null, null, null);

    public ContactFilter {
        q = blank(q);
        tag = blank(tag) == null ? null : ContactDetails.item(tag);
        beat = blank(beat) == null ? null : ContactDetails.item(beat);
        language = blank(language);
        outlet = blank(outlet);
    }

    public boolean isEmpty() {
        return q == null && tag == null && beat == null && language == null && outlet == null && listId == null;
    }

    /** Whether it can be saved as a segment: one of tag, beat, language or outlet, and nothing else. */
    public boolean isSegment() {
        return q == null && listId == null && (tag != null || beat != null || language != null || outlet != null);
    }

    Specification<Contact> specification() {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (q != null) {
                String pattern = Like.containing(q);
                where.add(cb.or(cb.like(cb.lower(root.get("email")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("firstName"), "")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("lastName"), "")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("outlet"), "")), pattern, '\\')));
            }
            if (tag != null) {
                where.add(cb.like(root.get("tags"), "%," + escape(tag) + ",%", '\\'));
            }
            if (beat != null) {
                where.add(cb.like(root.get("beats"), "%," + escape(beat) + ",%", '\\'));
            }
            if (language != null) {
                where.add(cb.equal(root.get("language"), language));
            }
            if (outlet != null) {
                where.add(cb.equal(cb.lower(root.get("outlet")), outlet.toLowerCase(Locale.ROOT)));
            }
            if (listId != null) {
                var members = query.subquery(Long.class);
                var list = members.from(ContactList.class);
                members.select(list.join("contactIds")).where(cb.equal(list.get("id"), listId));
                where.add(root.get("id").in(members));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
