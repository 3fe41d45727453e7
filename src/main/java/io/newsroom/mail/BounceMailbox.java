package io.newsroom.mail;

import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the mailbox that bounces, complaints and (where it sees them) replies arrive in, over IMAP,
 * every {@code newsroom.mail.bounces.poll-interval}, on any instance. A report about one of our
 * messages is acted on and deleted; anything else is marked with a keyword of ours and left for
 * people, so that a mailbox shared with the PR team loses nothing.
 */
@Component
class BounceMailbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);
    static final String READ_KEYWORD = "NewsroomRead";

    private final MailProperties properties;
    private final BounceHandling handling;
    private ScheduledExecutorService thread;

    BounceMailbox(MailProperties properties, BounceHandling handling) {
        this.properties = properties;
        this.handling = handling;
    }

    @Override
    public synchronized void start() {
        if (!properties.bounces().isSet()) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "bounce-mailbox"));
        long every = properties.bounces().pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::readSafely, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void readSafely() {
        try {
            read();
        } catch (MessagingException | RuntimeException e) {
            log.warn("Could not read the bounce mailbox: {}", e.getMessage());
        }
    }

    /** One pass over the mailbox; returns how many reports were acted on. */
    int read() throws MessagingException {
        var box = properties.bounces();
        var settings = new Properties();
        String protocol = box.protocol();
        settings.put("mail." + protocol + ".connectiontimeout", "10000");
        settings.put("mail." + protocol + ".timeout", "30000");
        var session = Session.getInstance(settings);
        String local = localPart(properties.bounceAddress());
        int acted = 0;
        try (var store = session.getStore(protocol)) {
            store.connect(box.host(), box.port(), box.username(), box.password());
            var folder = store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            try {
                var unread = new Flags(READ_KEYWORD);
                for (Message message : folder.search(new FlagTerm(unread, false))) {
                    boolean ours;
                    try {
                        ours = handling.handle(DeliveryReport.read((MimeMessage) message, local));
                    } catch (IOException | MessagingException e) {
                        log.info("A message in the bounce mailbox could not be read: {}", e.getMessage());
                        ours = false;
                    }
                    if (ours) {
                        message.setFlag(Flags.Flag.DELETED, true);
                        acted++;
                    } else {
                        message.setFlags(unread, true);
                    }
                }
            } finally {
                folder.close(true);
            }
        }
        return acted;
    }

    private static String localPart(String address) {
        int at = address.lastIndexOf('@');
        return at < 1 ? null : address.substring(0, at);
    }
}
