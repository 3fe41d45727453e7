package io.newsroom.inquiry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Inquiries for the newsroom's figures: those about a release, and when they came (spam left out). */
@Component
public class InquiryFigures {

    private final JdbcTemplate jdbc;

    InquiryFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public long about(long releaseId) {
        return jdbc.queryForObject("select count(*) from inquiry where release_id = ? and status <> 'SPAM'", Long.class,
                releaseId);
    }

    @Transactional(readOnly = true)
    public List<Instant> receivedBetween(Instant from, Instant until) {
        return jdbc.queryForList("select created_at from inquiry where created_at >= ? and created_at < ? and status <> 'SPAM'",
                Timestamp.class, Timestamp.from(from), Timestamp.from(until)).stream().map(Timestamp::toInstant).toList();
    }
}
