package io.newsroom.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * The site settings form.
 *
 * @param prTeam one email per line (or separated by commas): who receives journalists' inquiries
 */
record SettingsForm(
        @NotBlank @Size(max = 100) String companyName,
        @NotBlank @Size(max = 2000) String boilerplate,
        @NotBlank @Size(max = 100) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Size(max = 40) String contactPhone,
        @NotBlank @Size(max = 2000) String prTeam,
        @NotBlank String timeZone,
        MultipartFile logoFile,
        Boolean removeLogo,
        Map<String, @Size(max = 2000) String> translatedBoilerplate) {

    SettingsForm {
        translatedBoilerplate = translatedBoilerplate == null ? Map.of() : translatedBoilerplate;
    }

    static SettingsForm of(Settings site) {
        return new SettingsForm(site.companyName(), site.boilerplate(), site.mediaContact().name(),
                site.mediaContact().email(), site.mediaContact().phone(), String.join("\n", site.prTeam()),
                site.timeZone().getId(), null, false, site.translatedBoilerplate());
    }

    List<String> prTeamList() {
        return Arrays.stream(prTeam.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }
}
