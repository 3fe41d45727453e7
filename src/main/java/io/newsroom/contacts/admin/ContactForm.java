package io.newsroom.contacts.admin;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.newsroom.contacts.model.Contact;
import io.newsroom.contacts.model.ContactDetails;
import io.newsroom.contacts.model.LawfulBasis;

/** A contact as staff type it; tags and beats separated by commas. */
record ContactForm(@NotBlank @Email @Size(max = 254) String email, @Size(max = 100) String firstName,
                   @Size(max = 100) String lastName, @Size(max = 150) String outlet, @Size(max = 150) String jobTitle,
                   @Size(max = 500) String beats, @Size(max = 500) String tags,
                   @Pattern(regexp = "|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") String language,
                   @Pattern(regexp = "|[A-Za-z]{2}") String country, @Size(max = 40) String phone,
                   @Size(max = 2000) String notes, @NotNull LawfulBasis lawfulBasis, List<Long> listIds, Long version) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "", "", "", "", "", "", "", "", LawfulBasis.LEGITIMATE_INTEREST, List.of(), null);
    }

    static ContactForm of(Contact contact, List<Long> listIds) {
        var d = contact.details();
        return new ContactForm(d.email(), d.firstName(), d.lastName(), d.outlet(), d.jobTitle(), contact.beatText(),
                contact.tagText(), d.language(), d.country(), d.phone(), d.notes(), d.lawfulBasis(), listIds,
                contact.getVersion());
    }

    ContactDetails details() {
        return new ContactDetails(email, firstName, lastName, outlet, jobTitle, ContactDetails.items(beats),
                ContactDetails.items(tags), language, country, phone, notes, lawfulBasis);
    }

    List<Long> lists() {
        return listIds == null ? List.of() : listIds;
    }
}
