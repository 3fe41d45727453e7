package io.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV downloads open in Excel as text: UTF-8 with its mark, every cell quoted, formulas defused. */
class CsvTest {

    @Test
    void aDownloadIsAnAttachmentExcelReadsAsUtf8WithFormulasKeptAsText() {
        var download = Csv.download("people.csv", List.of("Name", "Note"), List.of("김지우", "=HYPERLINK(\"x\")"),
                name -> List.of(name, name.startsWith("=") ? "-1+1" : "plain"));

        assertThat(download.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(download.getHeaders().getContentDisposition().toString()).isEqualTo("attachment; filename=\"people.csv\"");
        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"Name\",\"Note\"\r\n"
                + "\"김지우\",\"plain\"\r\n\"'=HYPERLINK(\"\"x\"\")\",\"'-1+1\"\r\n");
    }
}
