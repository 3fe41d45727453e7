package io.newsroom.release;

import static io.newsroom.Redirects.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import io.newsroom.IntegrationTest;
import io.newsroom.MailText;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Role;
import io.newsroom.account.Staff;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff get the newsroom's mail in the language they work in, read here as an SMTP server receives
 * it: a Korean reviewer's review request is in Korean and an English one's in English, and the
 * approval tells a Korean editor the scheduled time the way Korean writes it.
 */
class StaffMailLanguageTest extends NewsroomTest {

    private GreenMail smtp;
    private Staff admin;

    @BeforeEach
    void reviewOnAndAMailServer() {
        jdbc.update("update staff_account set enabled = false where role <> 'EDITOR'");
        admin = staff.admin();
        jdbc.update("update staff_account set enabled = false where id = ?", admin.id());
        jdbc.update("delete from mail_message");
        smtp = new GreenMail(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        jdbc.update("update staff_account set enabled = true where id = ?", admin.id());
        new EditorSteps(mvc, jdbc).setReview(admin, true, false);
        jdbc.update("update staff_account set enabled = false where id = ?", admin.id());
    }

    @AfterEach
    void reviewOff() {
        smtp.stop();
        jdbc.update("update staff_account set enabled = true where id = ?", admin.id());
        new EditorSteps(mvc, jdbc).setReview(admin, false, false);
    }

    @Test
    void eachMemberOfStaffIsMailedInTheLanguageTheyWorkIn() throws Exception {
        var editor = staff.create(Role.EDITOR);
        var korean = staff.create(Role.PUBLISHER);
        var english = staff.create(Role.PUBLISHER);
        jdbc.update("update staff_account set language = 'ko' where id in (?, ?)", editor.id(), korean.id());
        var steps = new EditorSteps(mvc, jdbc);

        long id = idOf(steps.save(editor, null, "A lab in Boston", "submit"));

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        Map<String, MimeMessage> byRecipient = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.toMap(StaffMailLanguageTest::recipient, message -> message));
        assertThat(byRecipient.get(korean.email()).getSubject()).isEqualTo("검토 요청: A lab in Boston");
        assertThat(MailText.of(byRecipient.get(korean.email()))).contains("관리 화면에서 열기");
        assertThat(byRecipient.get(english.email()).getSubject()).isEqualTo("Review requested: A lab in Boston");
        assertThat(MailText.of(byRecipient.get(english.email()))).contains("Open it in the admin");

        assertThat(steps.save(korean, id, "A lab in Boston", "schedule", "publishAt", "2026-12-07T10:00")).hasStatus(302);

        assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();
        var approval = Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipient(message).equals(editor.email()))
                .findFirst().orElseThrow();
        assertThat(approval.getSubject()).isEqualTo("승인됨: A lab in Boston");
        assertThat(MailText.of(approval)).contains("2026년 12월 7일 오전 10:00 KST에 발행되도록 예약되었습니다");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
