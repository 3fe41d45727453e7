package io.newsroom.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Who did what, when, from where: one line of the audit log. Never changed once written. */
@Entity
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    private Long actorId;

    private String actor;

    private String action;

    private String target;

    private String ip;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, Long actorId, String actor, String action, String target, String ip) {
        this.at = at;
        this.actorId = actorId;
        this.actor = truncate(actor, 254);
        this.action = action;
        this.target = truncate(target, 300);
        this.ip = truncate(ip, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getIp() {
        return ip;
    }
}
