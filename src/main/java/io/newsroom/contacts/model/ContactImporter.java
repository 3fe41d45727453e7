package io.newsroom.contacts.model;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a checked spreadsheet in one transaction: new addresses are inserted in batches,
 * known ones merged, and all of them put on a list if asked. Until then the upload is only staged.
 */
@Service
public class ContactImporter {

    /** An upload not confirmed within a day is thrown away. */
    static final Duration KEEP_STAGED = Duration.ofDays(1);

    private final Contacts contacts;
    private final StagedImports staged;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ContactImporter(Contacts contacts, StagedImports staged, NamedParameterJdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.contacts = contacts;
        this.staged = staged;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record Done(int created, int merged) {
    }

    @Transactional
    public long stage(String fileName, String content, String encoding, long staffId) {
        staged.deleteOlderThan(clock.instant().minus(KEEP_STAGED));
        return staged.save(new StagedImport(fileName, content, encoding, staffId, clock.instant())).getId();
    }

    /** Only the staff member who uploaded it sees a staged import. */
    @Transactional(readOnly = true)
    public Optional<StagedImport> staged(long id, long staffId) {
        return staged.findByIdAndCreatedBy(id, staffId);
    }

    @Transactional
    public void discard(long id, long staffId) {
        staged.findByIdAndCreatedBy(id, staffId).ifPresent(staged::delete);
    }

    /** Which of these addresses are on the media list already. */
    @Transactional(readOnly = true)
    public Map<String, Long> known(Collection<String> emails) {
        var found = new HashMap<String, Long>();
        var all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += 1000) {
            contacts.idsByEmail(all.subList(from, Math.min(all.size(), from + 1000)))
                    .forEach(row -> found.put((String) row[0], (Long) row[1]));
        }
        return found;
    }

    /**
     * Writes the rows (one per address, checked already) and puts every one on the list, if one is
     * given; the staged upload goes in the same transaction, so a second confirmation finds nothing.
     */
    @Transactional
    public Optional<Done> confirm(long stagedId, long staffId, List<ContactDetails> rows, Long listId, Actor actor) {
        var upload = staged.findByIdAndCreatedBy(stagedId, staffId);
        if (upload.isEmpty()) {
            return Optional.empty();
        }
        staged.delete(upload.get());
        var now = clock.instant();
        var known = known(rows.stream().map(row -> Contact.normalEmail(row.email())).toList());
        var fresh = new ArrayList<ContactDetails>();
        int merged = 0;
        for (var row : rows) {
            Long id = known.get(Contact.normalEmail(row.email()));
            if (id == null) {
                fresh.add(row);
            } else {
                contacts.findById(id).orElseThrow().merge(row, now);
                merged++;
            }
        }
        insert(fresh, now);
        if (listId != null && !jdbc.queryForList("select id from contact_list where id = :id", Map.of("id", listId),
                Long.class).isEmpty()) {
            var ids = known(rows.stream().map(row -> Contact.normalEmail(row.email())).toList()).values();
            jdbc.batchUpdate("insert into contact_list_member (list_id, contact_id) values (:list, :contact)"
                    + " on conflict do nothing", ids.stream().map(id -> new MapSqlParameterSource("list", listId)
                    .addValue("contact", id)).toArray(SqlParameterSource[]::new));
        }
        audit.record(actor, "contact.imported", upload.get().getFileName() + ": +" + fresh.size() + ", ~" + merged);
        return Optional.of(new Done(fresh.size(), merged));
    }

    private void insert(List<ContactDetails> rows, Instant now) {
        var at = Timestamp.from(now);
        var batch = rows.stream().map(row -> new Contact(row, now)).map(contact -> new MapSqlParameterSource()
                .addValue("email", contact.getEmail()).addValue("first", contact.getFirstName())
                .addValue("last", contact.getLastName()).addValue("outlet", contact.getOutlet())
                .addValue("title", contact.getJobTitle()).addValue("beats", Contact.joined(contact.getBeats()))
                .addValue("tags", Contact.joined(contact.getTags())).addValue("language", contact.getLanguage())
                .addValue("country", contact.getCountry()).addValue("phone", contact.getPhone())
                .addValue("notes", contact.getNotes()).addValue("basis", contact.getLawfulBasis().name())
                .addValue("at", at)).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("insert into contact (email, first_name, last_name, outlet, job_title, beats, tags, language,"
                + " country, phone, notes, lawful_basis, created_at, updated_at, version) values (:email, :first, :last,"
                + " :outlet, :title, :beats, :tags, :language, :country, :phone, :notes, :basis, :at, :at, 0)", batch);
    }
}
