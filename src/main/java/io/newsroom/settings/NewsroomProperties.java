package io.newsroom.settings;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who publishes this newsroom and how it is shown: the {@code newsroom.*} settings.
 *
 * @param companyName   shown in the header, titles and the "About" box
 * @param companyUrl    the company's main web site, linked from the footer (optional)
 * @param boilerplate   the "About the company" paragraph under every release
 * @param mediaContact  who journalists can reach directly
 * @param language      the language of the site and the default language of new releases
 * @param timeZone      the company's time zone: dates are shown and entered in it
 * @param pageSize      releases per list page
 * @param demoContent   load the demo releases into an empty newsroom; unset means "only on the
 *                      embedded H2 database"
 * @param prTeam        who receives journalists' inquiries (comma-separated emails)
 * @param baseUrl       the public address of this newsroom, for links in mail
 * @param translatedBoilerplate the boilerplate in other languages ({@code newsroom.translated-boilerplate.ko})
 */
@Validated
@ConfigurationProperties("newsroom")
public record NewsroomProperties(
        @NotBlank @Size(max = 100) String companyName,
        URI companyUrl,
        @NotBlank @Size(max = 2000) String boilerplate,
        @Valid @NotNull MediaContact mediaContact,
        @DefaultValue("en") @NotNull Locale language,
        @DefaultValue("Asia/Seoul") @NotNull ZoneId timeZone,
        @DefaultValue("10") @Min(1) @Max(50) int pageSize,
        Boolean demoContent,
        @DefaultValue("pr@medicalip.example") List<@Email String> prTeam,
        @DefaultValue("http://localhost:8080") @NotNull URI baseUrl,
        @DefaultValue Map<String, @Size(max = 2000) String> translatedBoilerplate) {

    public record MediaContact(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Email @Size(max = 200) String email,
            @Size(max = 40) String phone) {
    }
}
