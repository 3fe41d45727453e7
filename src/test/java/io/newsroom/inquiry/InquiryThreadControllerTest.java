package io.newsroom.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Optional;

import io.newsroom.account.Role;
import io.newsroom.account.Staff;
import io.newsroom.account.StaffDirectory;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.release.ReleaseLookup;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The inbox's forms on their own: what the thread controller makes of what staff send (a blank or
 * overlong note, an unknown status, an assignee who cannot be one) before anything is written. The
 * desk behind it is a stand-in here; {@code InboxTest} covers the whole way to the database.
 */
@WebMvcTest(controllers = InquiryThreadController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.newsroom\\..*Advice"))
class InquiryThreadControllerTest {

    private static final Staff EDITOR = StaffFixtures.principal(3, Role.EDITOR);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    InquiryDesk desk;

    @MockitoBean
    InquiryLookup inquiries;

    @MockitoBean
    InquiryMails mails;

    @MockitoBean
    ReleaseLookup releases;

    @MockitoBean
    StaffDirectory directory;

    @Test
    void savesANoteAndSaysSo() {
        var result = mvc.post().uri("/admin/inquiries/7/note").with(editor()).with(csrf())
                .param("body", "Called back; she wants the CT images.").exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/inquiries/7")
                .flash().containsEntry("notice", "inquiry.noted");
        verify(desk).note(7, "Called back; she wants the CT images.", EDITOR);
    }

    @Test
    void keepsNothingOfABlankOrOverlongNoteOrReplyAndExplainsWhy() {
        for (var form : List.of("note", "reply")) {
            for (var body : List.of("   ", "x".repeat(5001))) {
                var result = mvc.post().uri("/admin/inquiries/7/" + form).with(editor()).with(csrf())
                        .param("body", body).exchange();

                assertThat(result).hasRedirectedUrl("/admin/inquiries/7")
                        .flash().containsEntry("problem", "inquiry.text-invalid");
            }
        }
        verify(desk, never()).note(anyLong(), anyString(), any());
        verify(desk, never()).reply(anyLong(), anyString(), any());
    }

    @Test
    void refusesAStatusThatIsNotOneOfTheInbox() {
        var result = mvc.post().uri("/admin/inquiries/7/status").with(editor()).with(csrf())
                .param("status", "DELETED").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        verify(desk, never()).changeStatus(anyLong(), any(), any());
    }

    @Test
    void assignsOnlyAnEnabledMemberOfStaffAndOtherwiseNobody() {
        when(directory.enabled()).thenReturn(List.of(new StaffDirectory.Member(5, "Kim Min-ji", "minji@newsroom.test", null)));

        mvc.post().uri("/admin/inquiries/7/assign").with(editor()).with(csrf()).param("assignee", "5").exchange();
        mvc.post().uri("/admin/inquiries/7/assign").with(editor()).with(csrf()).param("assignee", "99").exchange();

        verify(desk).assign(7, 5L, "Kim Min-ji", EDITOR);
        verify(desk).assign(7, null, null, EDITOR);
    }

    @Test
    void answersAResendOfAnUnknownInquiryWithNotFound() {
        when(mails.resend(7, 1)).thenReturn(Optional.empty());

        var result = mvc.post().uri("/admin/inquiries/7/messages/1/resend").with(editor()).with(csrf()).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        var result = mvc.post().uri("/admin/inquiries/7/note").with(editor()).param("body", "A note").exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        verify(desk, never()).note(anyLong(), anyString(), isNull());
    }

    private static RequestPostProcessor editor() {
        return authentication(new UsernamePasswordAuthenticationToken(EDITOR, null, EDITOR.getAuthorities()));
    }
}
