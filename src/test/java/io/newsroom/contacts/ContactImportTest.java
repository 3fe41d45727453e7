package io.newsroom.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.account.Role;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A media list from a spreadsheet: a preview first, with every row that cannot be imported and
 * why; nothing is a contact until the preview is confirmed, and then all of it is.
 */
@IntegrationTest
class ContactImportTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffFixtures staff;

    private Staff editor;

    @BeforeEach
    void emptyMediaList() {
        jdbc.update("delete from contact");
        jdbc.update("delete from contact_list");
        jdbc.update("delete from contact_import");
        jdbc.update("delete from mail_suppression");
        editor = staff.editor();
    }

    @Test
    void previewsAKoreanExcelSheetAndWritesNothingUntilItIsConfirmed() throws Exception {
        String sheet = "\uFEFF이메일,이름,매체,언어,태그,메모\r\n"
                + "minsu@ilbo.example,김민수,한국일보,한국어,\"health, ai\",\r\n"
                + "jane@herald.example,Jane Doe,Korea Herald,en,health,\r\n"
                + "MINSU@ilbo.example,,,,policy,\r\n"
                + "not-an-address,Someone,,,,\r\n"
                + ",No Address,,,,\r\n"
                + "evil@spread.example,Evil,,,,=cmd|' /C calc'!A0\r\n";
        var preview = upload(sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(contacts()).as("nothing written before the preview is confirmed").isZero();
        Document page = Html.of(preview);
        assertThat(page.select(".import-summary li").eachText()).contains("New contacts: 3",
                "Rows that repeat an earlier row’s address: 1. They are merged into one.",
                "Rows that cannot be imported: 2. See below why.");
        assertThat(page.select("select[name='column[0]'] option[selected]").val()).isEqualTo("EMAIL");
        assertThat(page.select("select[name='column[1]'] option[selected]").val()).isEqualTo("NAME");
        assertThat(page.select("select[name='column[2]'] option[selected]").val()).isEqualTo("OUTLET");
        assertThat(page.text()).contains("“not-an-address” is not an email address.").contains("No email address.")
                .contains("Line 7, column 메모: the cell starts like a formula.");

        var done = confirm(preview, "newList", "Health desk");
        assertThat(done).hasStatus(302);
        assertThat(contacts()).isEqualTo(3);
        assertThat(jdbc.queryForMap("select first_name, outlet, language, tags from contact where email = 'minsu@ilbo.example'"))
                .containsEntry("first_name", "김민수").containsEntry("outlet", "한국일보").containsEntry("language", "ko")
                .containsEntry("tags", ",health,ai,policy,");
        assertThat(jdbc.queryForObject("select notes from contact where email = 'evil@spread.example'", String.class))
                .as("kept as the text it is").isEqualTo("=cmd|' /C calc'!A0");
        assertThat(jdbc.queryForObject("select count(*) from contact_list_member m join contact_list l on l.id = m.list_id"
                + " where l.name = 'Health desk'", Long.class)).isEqualTo(3);
        assertThat(confirm(preview, "newList", "")).as("the upload is gone once imported").hasStatus(404);

        String export = mvc.get().uri("/admin/contacts.csv").with(user(editor)).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(export).contains("\"'=cmd|' /C calc'!A0\"").doesNotContain(",\"=cmd");
    }

    @Test
    void aKnownAddressKeepsWhatTheFileLeavesEmptyAndGainsItsTags() {
        jdbc.update("insert into contact (email, first_name, outlet, phone, tags, beats, lawful_basis, created_at, updated_at)"
                + " values ('jane@herald.example', 'Jane', 'Old Paper', '+82 2 123', ',health,', '', 'CONSENT', now(), now())");
        var preview = upload("Email,Outlet,Tags\nJane@Herald.example,Korea Herald,ai\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Html.of(preview).select(".import-summary li").eachText())
                .contains("New contacts: 0", "Addresses on the media list already: 1. What the file gives is added to them.");
        assertThat(confirm(preview, "newList", "")).hasStatus(302);
        assertThat(jdbc.queryForMap("select first_name, outlet, phone, tags, lawful_basis from contact"))
                .containsEntry("first_name", "Jane").containsEntry("outlet", "Korea Herald")
                .containsEntry("phone", "+82 2 123").containsEntry("tags", ",health,ai,").containsEntry("lawful_basis", "CONSENT");
    }

    @Test
    void readsWhatKoreanExcelSavesByDefault() {
        byte[] cp949 = "이메일,이름\r\nminsu@ilbo.example,김민수\r\n".getBytes(Charset.forName("x-windows-949"));
        var preview = upload(cp949);
        assertThat(Html.of(preview).selectFirst(".lead").text()).contains("read as CP949");
        confirm(preview, "newList", "");
        assertThat(jdbc.queryForObject("select first_name from contact", String.class)).isEqualTo("김민수");
    }

    @Test
    void aBrokenQuoteNamesItsLineAndNothingIsImported() {
        var refused = mvc.post().uri("/admin/contacts/import").with(user(editor)).with(csrf()).multipart()
                .file(file("email,name\na@one.example,One\nb@two.example,\"Two\nc@three.example,Three\n"
                        .getBytes(StandardCharsets.UTF_8))).exchange();
        assertThat(refused).hasStatus(200);
        assertThat(Html.of(refused).selectFirst("#file-error").text()).startsWith("Line 3: a quoted cell is not closed");
        assertThat(contacts()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from contact_import", Long.class)).isZero();
    }

    @Test
    void aFileInAnotherEncodingOrNotTextAtAllIsRefusedWithAReason() {
        byte[] binary = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};
        var refused = mvc.post().uri("/admin/contacts/import").with(user(editor)).with(csrf()).multipart()
                .file(file(binary)).exchange();
        assertThat(Html.of(refused).selectFirst("#file-error").text()).contains("neither UTF-8 nor Korean Windows (CP949)");
        assertThat(contacts()).isZero();
    }

    @Test
    void fiftyThousandRowsGoInWithOneConfirmationAndOneMoreIsTooMany() {
        var rows = IntStream.rangeClosed(1, 50_000).mapToObj(i -> "reporter" + i + "@press" + (i % 97) + ".example,Reporter " + i)
                .collect(Collectors.joining("\n"));
        var preview = upload(("email,name\n" + rows + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(Html.of(preview).select(".import-summary li").eachText()).contains("New contacts: 50,000");
        assertThat(confirm(preview, "newList", "Everyone")).hasStatus(302);
        assertThat(contacts()).isEqualTo(50_000);

        var tooMany = mvc.post().uri("/admin/contacts/import").with(user(editor)).with(csrf()).multipart()
                .file(file(("email\n" + rows + "\nlast@press.example\n").getBytes(StandardCharsets.UTF_8))).exchange();
        assertThat(Html.of(tooMany).selectFirst("#file-error").text()).isEqualTo("The file has more than 50,000 rows. Split it in parts.");
    }

    @Test
    void anotherMemberOfStaffCannotSeeOrConfirmSomeoneElsesUpload() {
        var preview = upload("email\na@one.example\n".getBytes(StandardCharsets.UTF_8));
        String address = (String) preview.getMvcResult().getRequest().getAttribute("address");
        var other = staff.create(Role.EDITOR);
        assertThat(mvc.get().uri(address).with(user(other)).exchange()).hasStatus(404);
        assertThat(mvc.post().uri(address).with(user(other)).with(csrf()).param("action", "import")
                .param("column[0]", "EMAIL").exchange()).hasStatus(404);
        assertThat(contacts()).isZero();
    }

    private MvcTestResult upload(byte[] content) {
        var uploaded = mvc.post().uri("/admin/contacts/import").with(user(editor)).with(csrf()).multipart()
                .file(file(content)).exchange();
        assertThat(uploaded).hasStatus(302);
        return uploadedPreview(uploaded.getResponse().getRedirectedUrl());
    }

    private MvcTestResult uploadedPreview(String address) {
        var shown = mvc.get().uri(address).with(user(editor)).exchange();
        assertThat(shown).hasStatus(200);
        shown.getMvcResult().getRequest().setAttribute("address", address);
        return shown;
    }

    /** Presses "Import" with the columns as the preview chose them. */
    private MvcTestResult confirm(MvcTestResult preview, String field, String value) {
        String address = (String) preview.getMvcResult().getRequest().getAttribute("address");
        var page = Html.of(preview);
        var request = mvc.post().uri(address).with(user(editor)).with(csrf()).param("action", "import").param(field, value);
        page.select("select[name^=column]").forEach(select -> request.param(select.attr("name"),
                select.select("option[selected]").val()));
        return request.exchange();
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "media-list.csv", "text/csv", content);
    }

    private long contacts() {
        return jdbc.queryForObject("select count(*) from contact", Long.class);
    }

}
