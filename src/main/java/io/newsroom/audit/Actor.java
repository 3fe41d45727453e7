package io.newsroom.audit;

/**
 * Who acted, as the audit log shows it.
 *
 * @param id   the staff account, or null when there is none (a failed sign-in, the scheduler)
 * @param name an email, or a word such as "scheduler"
 */
public record Actor(Long id, String name) {

    public static final Actor SCHEDULER = new Actor(null, "scheduler");
    public static final Actor SYSTEM = new Actor(null, "system");
}
