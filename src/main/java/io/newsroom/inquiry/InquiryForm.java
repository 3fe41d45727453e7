package io.newsroom.inquiry;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The contact form.
 *
 * @param website a honeypot: hidden from people, filled in by bots
 * @param token   the one-time token the form was shown with
 */
record InquiryForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email(regexp = "[^\\s@]+@[^\\s@]+\\.[^\\s@]+") @Size(max = 254) String email,
        @NotBlank @Size(max = 150) String organization,
        @Size(max = 40) @Pattern(regexp = "[0-9+()./\\- ]*", message = "{inquiry.phone.pattern}") String phone,
        @NotNull Topic topic,
        @Size(max = 160) String release,
        @NotBlank @Size(max = 5000) String message,
        @AssertTrue(message = "{inquiry.consent.required}") Boolean consent,
        String website,
        String token) {

    static InquiryForm blank(String release, String token) {
        return new InquiryForm("", "", "", "", release == null ? Topic.OTHER : Topic.RELEASE, release, "", false, "",
                token);
    }

    InquiryForm withToken(String newToken) {
        return new InquiryForm(name, email, organization, phone, topic, release, message, consent, website, newToken);
    }
}
