package io.newsroom.contacts.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A journalist or other person on the media list, by their (lower-case) address. */
@Entity
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String firstName;
    private String lastName;
    private String outlet;
    private String jobTitle;
    /** Comma-separated, each between commas (",health,ai,"), so that one can be matched with LIKE. */
    private String beats;
    private String tags;
    private String language;
    private String country;
    private String phone;
    private String notes;

    @Enumerated(EnumType.STRING)
    private LawfulBasis lawfulBasis;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(ContactDetails details, Instant now) {
        this.email = normalEmail(details.email());
        this.createdAt = now;
        change(details, now);
    }

    /** Everything but the address, which identifies the contact. */
    public void change(ContactDetails details, Instant now) {
        firstName = blankToNull(details.firstName());
        lastName = blankToNull(details.lastName());
        outlet = blankToNull(details.outlet());
        jobTitle = blankToNull(details.jobTitle());
        beats = joined(details.beats());
        tags = joined(details.tags());
        language = blankToNull(details.language());
        country = details.country() == null || details.country().isBlank() ? null
                : details.country().strip().toUpperCase(Locale.ROOT);
        phone = blankToNull(details.phone());
        notes = blankToNull(details.notes());
        lawfulBasis = details.lawfulBasis();
        updatedAt = now;
    }

    /**
     * An import row for an address already known: what the row gives replaces what is there, what
     * it leaves empty is kept, and tags and beats are added to. The lawful basis stays: the one an
     * import gives is for new contacts.
     */
    public void merge(ContactDetails row, Instant now) {
        var merged = new ContactDetails(email, or(row.firstName(), firstName), or(row.lastName(), lastName),
                or(row.outlet(), outlet), or(row.jobTitle(), jobTitle), union(getBeats(), row.beats()),
                union(getTags(), row.tags()), or(row.language(), language), or(row.country(), country),
                or(row.phone(), phone), or(row.notes(), notes), lawfulBasis);
        change(merged, now);
    }

    public static String normalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static String joined(List<String> items) {
        var clean = items == null ? List.<String>of() : items.stream().map(ContactDetails::item)
                .filter(item -> !item.isEmpty()).distinct().toList();
        return clean.isEmpty() ? "" : "," + String.join(",", clean) + ",";
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        if (second != null) {
            all.addAll(second);
        }
        return List.copyOf(all);
    }

    private static String or(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    public ContactDetails details() {
        return new ContactDetails(email, firstName, lastName, outlet, jobTitle, getBeats(), getTags(), language, country,
                phone, notes, lawfulBasis);
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? email : name;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public List<String> getBeats() {
        return split(beats);
    }

    public List<String> getTags() {
        return split(tags);
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String getPhone() {
        return phone;
    }

    public String getNotes() {
        return notes;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String tagText() {
        return getTags().stream().collect(Collectors.joining(", "));
    }

    public String beatText() {
        return getBeats().stream().collect(Collectors.joining(", "));
    }
}
