package io.newsroom.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;

/**
 * What a message in the bounce mailbox says about mail we sent: a delivery status notification
 * (RFC 3464), a complaint (an ARF feedback report, RFC 5965), or a reply. Which of our messages it
 * is about comes from the VERP return path it was sent back to, or else from the Message-ID of the
 * original it quotes, which names the outbox's message ({@code <newsroom.id.created@domain>}).
 *
 * @param reportId   the report's own Message-ID, to read each report once
 * @param verpToken  the token of the return path it came back to, or null
 * @param aboutIds   Message-IDs of ours that it quotes or answers
 * @param recipients for a status notification, one entry per recipient it reports on
 */
record DeliveryReport(Type type, String reportId, String verpToken, List<String> aboutIds, List<Recipient> recipients) {

    enum Type { STATUS, COMPLAINT, REPLY, OTHER }

    /** @param status the enhanced status code, e.g. {@code 5.1.1} */
    record Recipient(String address, String action, String status, String diagnostic) {

        boolean delivered() {
            return action.equals("delivered") || action.equals("relayed") || action.equals("expanded");
        }

        boolean failed() {
            return action.equals("failed");
        }

        /** A permanent failure, apart from a full mailbox (5.2.2), which may empty. */
        boolean hard() {
            return failed() && status.startsWith("5") && !status.startsWith("5.2.2");
        }
    }

    private static final Pattern OURS = Pattern.compile("<newsroom\\.(\\d+)\\.(\\d+)@[^>]+>");

    static DeliveryReport read(MimeMessage message, String bounceLocalPart) throws MessagingException, IOException {
        String reportId = Optional.ofNullable(message.getMessageID()).orElse("");
        String token = verpToken(message, bounceLocalPart);
        var about = new ArrayList<String>();
        var recipients = new ArrayList<Recipient>();
        Type type = Type.OTHER;
        if (message.isMimeType("multipart/report")) {
            String reportType = new ContentType(message.getContentType()).getParameter("report-type");
            String kind = reportType == null ? "" : reportType.toLowerCase(Locale.ROOT);
            type = kind.equals("feedback-report") ? Type.COMPLAINT : kind.endsWith("delivery-status") ? Type.STATUS : Type.OTHER;
            walk(message, recipients, about);
        } else if (!autoSubmitted(message)) {
            for (String header : new String[] {"In-Reply-To", "References"}) {
                String value = message.getHeader(header, " ");
                if (value != null) {
                    ours(value).forEach(about::add);
                }
            }
            if (!about.isEmpty() || token != null) {
                type = Type.REPLY;
            }
        }
        return new DeliveryReport(type, reportId, token, about, recipients);
    }

    /** The outbox id named by one of our Message-IDs, with the millisecond it was made, as a check. */
    static Optional<long[]> idOf(String messageId) {
        Matcher m = OURS.matcher(messageId);
        return m.find() ? Optional.of(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}) : Optional.empty();
    }

    private static List<String> ours(String text) {
        var found = new ArrayList<String>();
        Matcher m = OURS.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static boolean autoSubmitted(MimeMessage message) throws MessagingException {
        String auto = message.getHeader("Auto-Submitted", null);
        return auto != null && !auto.strip().equalsIgnoreCase("no");
    }

    private static String verpToken(MimeMessage message, String local) throws MessagingException {
        if (local == null || local.isBlank()) {
            return null;
        }
        var pattern = Pattern.compile(Pattern.quote(local) + "\\+([a-z0-9]{8,32})@", Pattern.CASE_INSENSITIVE);
        for (String header : new String[] {"Delivered-To", "X-Original-To", "Envelope-To", "To"}) {
            String value = message.getHeader(header, ",");
            if (value != null) {
                Matcher m = pattern.matcher(value);
                if (m.find()) {
                    return m.group(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    private static void walk(Part part, List<Recipient> recipients, List<String> about)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, recipients, about);
            }
        } else if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
            recipients.addAll(statusFields(text(part)));
        } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")
                || part.isMimeType("message/rfc822-headers")) {
            about.addAll(ours(text(part)));
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage original) {
            String id = original.getMessageID();
            return id == null ? "" : "Message-ID: " + id;
        }
        try (var in = part.getInputStream()) {
            return new String(in.readNBytes(200_000), StandardCharsets.UTF_8);
        }
    }

    /** The per-recipient groups of a delivery-status part: header blocks after the per-message one. */
    static List<Recipient> statusFields(String body) {
        var found = new ArrayList<Recipient>();
        var blocks = body.replace("\r\n", "\n").split("\n\\s*\n");
        for (String block : blocks) {
            var fields = fields(block);
            String action = fields.getOrDefault("action", "").toLowerCase(Locale.ROOT);
            String recipient = fields.getOrDefault("final-recipient", fields.getOrDefault("original-recipient", ""));
            if (action.isEmpty() || recipient.isEmpty()) {
                continue;
            }
            int semicolon = recipient.indexOf(';');
            String address = (semicolon >= 0 ? recipient.substring(semicolon + 1) : recipient).strip()
                    .replaceAll("^<|>$", "").toLowerCase(Locale.ROOT);
            String status = fields.getOrDefault("status", "").replaceAll("[^0-9.].*$", "");
            found.add(new Recipient(address, action, status, fields.getOrDefault("diagnostic-code", status)));
        }
        return found;
    }

    private static Map<String, String> fields(String block) {
        var fields = new LinkedHashMap<String, String>();
        String last = null;
        for (String line : new String(block.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).split("\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                fields.merge(last, " " + line.strip(), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                fields.put(last, line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    static DeliveryReport of(byte[] raw, String local) throws MessagingException, IOException {
        return read(new MimeMessage(null, new ByteArrayInputStream(raw)), local);
    }
}
