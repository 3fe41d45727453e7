package io.newsroom.release.schedule;

import io.newsroom.release.model.ReleaseDesk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Relabels scheduled releases as published once their time has come, and public releases as ended
 * once their end time has passed, for the admin list, the audit log and other features' events. The
 * public site does not wait for it: its queries show a release from its time on, and not after its end.
 */
@Component
class ReleaseScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReleaseScheduler.class);

    private final ReleaseDesk desk;

    ReleaseScheduler(ReleaseDesk desk) {
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${newsroom.scheduler-interval:PT30S}", initialDelayString = "PT10S")
    void publishDue() {
        try {
            int published = desk.publishDue();
            if (published > 0) {
                log.info("Recorded {} scheduled release(s) as published", published);
            }
            int ended = desk.endDue();
            if (ended > 0) {
                log.info("Recorded {} release(s) past their end time as ended", ended);
            }
        } catch (OptimisticLockingFailureException raced) {
            log.debug("Another instance recorded the scheduled releases first");
        }
    }
}
