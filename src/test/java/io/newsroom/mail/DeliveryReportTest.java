package io.newsroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What the bounce mailbox's messages say, as mail servers and mailbox providers write them. */
class DeliveryReportTest {

    private static final String OURS = "<newsroom.42.1780282800000@medicalip.example>";

    @Test
    void aPermanentFailureNamesTheRecipientTheStatusAndOurMessage() throws Exception {
        var report = read("""
                To: bounces+abcdef123456@medicalip.example
                Message-ID: <r1@mx.example>
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Sorry.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example

                Original-Recipient: rfc822;Jane@Herald.example
                Final-Recipient: rfc822; <jane@herald.example>
                Action: failed
                Status: 5.1.1 (bad destination mailbox)
                Diagnostic-Code: smtp; 550 5.1.1 User unknown
                --b
                Content-Type: message/rfc822

                Message-ID: %s
                Subject: Award

                Body
                --b--
                """.formatted(OURS));
        assertThat(report.type()).isEqualTo(DeliveryReport.Type.STATUS);
        assertThat(report.verpToken()).isEqualTo("abcdef123456");
        assertThat(report.aboutIds()).containsExactly(OURS);
        assertThat(report.recipients()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo("jane@herald.example");
            assertThat(r.status()).isEqualTo("5.1.1");
            assertThat(r.hard()).isTrue();
            assertThat(r.diagnostic()).isEqualTo("smtp; 550 5.1.1 User unknown");
        });
    }

    @Test
    void aFullMailboxOrATemporaryFailureIsSoftAndADelayIsNoFailure() {
        var recipients = DeliveryReport.statusFields("""
                Reporting-MTA: dns; mx.example

                Final-Recipient: rfc822; full@box.example
                Action: failed
                Status: 5.2.2

                Final-Recipient: rfc822; later@box.example
                Action: failed
                Status: 4.4.7

                Final-Recipient: rfc822; slow@box.example
                Action: delayed
                Status: 4.4.1

                Final-Recipient: rfc822; fine@box.example
                Action: delivered
                Status: 2.0.0
                """);
        assertThat(recipients).extracting(DeliveryReport.Recipient::address)
                .containsExactly("full@box.example", "later@box.example", "slow@box.example", "fine@box.example");
        assertThat(recipients).extracting(DeliveryReport.Recipient::hard).containsExactly(false, false, false, false);
        assertThat(recipients).extracting(DeliveryReport.Recipient::failed).containsExactly(true, true, false, false);
        assertThat(recipients.get(3).delivered()).isTrue();
    }

    @Test
    void aFeedbackLoopReportIsAComplaintAboutTheQuotedMessage() throws Exception {
        var report = read("""
                Message-ID: <arf-1@fbl.example>
                Content-Type: multipart/report; report-type=feedback-report; boundary="f"

                --f
                Content-Type: text/plain

                This is an abuse report.
                --f
                Content-Type: message/feedback-report

                Feedback-Type: abuse
                User-Agent: FBL/1.0
                Version: 1
                --f
                Content-Type: text/rfc822-headers

                Message-ID: %s
                --f--
                """.formatted(OURS));
        assertThat(report.type()).isEqualTo(DeliveryReport.Type.COMPLAINT);
        assertThat(report.aboutIds()).containsExactly(OURS);
    }

    @Test
    void anAnswerIsAReplyButAnOutOfOfficeIsNot() throws Exception {
        assertThat(read("""
                Message-ID: <answer@herald.example>
                In-Reply-To: %s
                Subject: Re: Award

                Can we talk?
                """.formatted(OURS)).type()).isEqualTo(DeliveryReport.Type.REPLY);
        assertThat(read("""
                Message-ID: <away@herald.example>
                In-Reply-To: %s
                Auto-Submitted: auto-replied
                Subject: Out of office

                Back Monday.
                """.formatted(OURS)).type()).isEqualTo(DeliveryReport.Type.OTHER);
        assertThat(read("""
                Message-ID: <spam@elsewhere.example>
                Subject: Cheap watches

                Buy.
                """).type()).isEqualTo(DeliveryReport.Type.OTHER);
    }

    @Test
    void ourMessageIdNamesTheOutboxMessageAndTheMomentItWasMade() {
        assertThat(DeliveryReport.idOf(OURS)).hasValueSatisfying(parts -> assertThat(parts).containsExactly(42L, 1780282800000L));
        assertThat(DeliveryReport.idOf("<other@x.example>")).isEmpty();
    }

    private static DeliveryReport read(String raw) throws Exception {
        return DeliveryReport.of(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "bounces");
    }
}
