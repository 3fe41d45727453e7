package io.newsroom.contacts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What is known of a contact, as a form or an import row gives it. */
public record ContactDetails(String email, String firstName, String lastName, String outlet, String jobTitle,
                             List<String> beats, List<String> tags, String language, String country, String phone,
                             String notes, LawfulBasis lawfulBasis) {

    /** "Health, AI; policy" as a list: commas or semicolons between, lower case, trimmed. */
    public static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]")).map(ContactDetails::item).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String item(String text) {
        String item = text.strip().toLowerCase(Locale.ROOT).replace(",", " ");
        return item.length() > 50 ? item.substring(0, 50) : item;
    }
}
