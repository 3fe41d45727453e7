package io.newsroom.alert;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param categories the category slugs wanted; none means every release
 * @param languages  the languages whose releases are wanted (at least one)
 * @param website    a honeypot, hidden from people
 */
record AlertForm(
        @NotBlank @Email(regexp = "[^\\s@]+@[^\\s@]+\\.[^\\s@]+") @Size(max = 254) String email,
        @Size(max = 50) List<@Size(max = 60) String> categories,
        @Size(max = 10) List<@Size(max = 20) String> languages,
        String website,
        String token) {

    List<String> chosenLanguages() {
        return languages == null ? List.of() : languages.stream().filter(l -> l != null && !l.isBlank()).distinct().toList();
    }

    List<String> chosenCategories() {
        return categories == null ? List.of() : categories.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
    }
}
