package io.newsroom.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what staff do (and what fails, such as sign-ins) for the ADMIN's audit log. It joins the
 * caller's transaction, so an action and its record commit or roll back together.
 */
@Service
public class AuditLog {

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param actor  who acted
     * @param action what happened, e.g. {@code release.published}
     * @param target what it happened to, e.g. a release's title; may be null
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Actor actor, String action, String target) {
        // the column holds 300 characters: a long target (an address, a title) is cut, the action still recorded
        String kept = target == null || target.length() <= 300 ? target : target.substring(0, 299) + "\u2026";
        String who = actor.name() == null || actor.name().length() <= 254 ? actor.name() : actor.name().substring(0, 253) + "\u2026";
        events.save(new AuditEvent(clock.instant(), actor.id(), who, action, kept, currentIp()));
    }

    /** The log, newest first, a page at a time (for ADMINs). */
    @Transactional(readOnly = true)
    Page<AuditEvent> newestFirst(Pageable page) {
        return events.findAllByOrderByAtDescIdDesc(page);
    }

    private static String currentIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
