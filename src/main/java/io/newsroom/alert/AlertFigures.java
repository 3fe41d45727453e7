package io.newsroom.alert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What alerts did, for the newsroom's figures: the alert mails a release made, and when subscribers confirmed. */
@Component
public class AlertFigures {

    private final JdbcTemplate jdbc;

    AlertFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The alert mails made for a release: one per subscriber who wanted it. */
    @Transactional(readOnly = true)
    public long alertsFor(long releaseId) {
        return jdbc.queryForObject("select count(*) from release_alert where release_id = ?", Long.class, releaseId);
    }

    /** When subscribers still subscribed confirmed, in a period. */
    @Transactional(readOnly = true)
    public List<Instant> confirmedBetween(Instant from, Instant until) {
        return jdbc.queryForList("select confirmed_at from subscriber where confirmed_at >= ? and confirmed_at < ?"
                + " and status = 'CONFIRMED'", Timestamp.class, Timestamp.from(from), Timestamp.from(until))
                .stream().map(Timestamp::toInstant).toList();
    }
}
