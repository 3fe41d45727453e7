package io.newsroom.contacts.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import io.newsroom.contacts.model.Contact;
import io.newsroom.contacts.model.ContactDetails;
import io.newsroom.contacts.model.LawfulBasis;

/**
 * What an import would do, row by row, before anything is written: the valid rows (one per
 * address: a second row of an address fills in what the first left empty), the rows that cannot
 * be imported and why, cells that look like spreadsheet formulas, and how many addresses are new,
 * known or suppressed.
 */
record ImportPreview(List<ContactDetails> rows, List<Problem> problems, List<Problem> warnings, int total,
                     int duplicates, int known, int suppressed) {

    /** @param line the row's line in the file; key and arguments say what is wrong with it */
    record Problem(long line, String key, List<Object> arguments) {
    }

    static final int SHOWN_PROBLEMS = 100;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("english", "en", "영어", "en", "korean", "ko",
            "한국어", "ko", "한국", "ko", "japanese", "ja", "일본어", "ja", "chinese", "zh", "중국어", "zh");

    public int newContacts() {
        return rows.size() - known;
    }

    static ImportPreview of(CsvFile file, List<ImportField> columns, LawfulBasis basis,
                            Function<List<String>, Map<String, Long>> knownAddresses,
                            Function<List<String>, Set<String>> suppressedAddresses) {
        var byAddress = new LinkedHashMap<String, ContactDetails>();
        var problems = new ArrayList<Problem>();
        var warnings = new ArrayList<Problem>();
        int duplicates = 0;
        for (int i = 0; i < file.rows().size(); i++) {
            long line = file.lineNumbers().get(i);
            var cells = new LinkedHashMap<ImportField, String>();
            var row = file.rows().get(i);
            for (int c = 0; c < columns.size() && c < row.size(); c++) {
                var field = columns.get(c);
                String value = unescaped(row.get(c).strip());
                if (field != ImportField.IGNORE && !value.isEmpty()) {
                    if (looksLikeFormula(value)) {
                        warnings.add(new Problem(line, "contacts.import.formula",
                                List.of(c < file.header().size() ? file.header().get(c) : "#" + (c + 1))));
                    }
                    cells.merge(field, value, (a, b) -> a + ", " + b);
                }
            }
            var checked = check(cells, basis, line, problems);
            if (checked == null) {
                continue;
            }
            var earlier = byAddress.get(checked.email());
            if (earlier != null) {
                duplicates++;
                byAddress.put(checked.email(), fill(earlier, checked));
            } else {
                byAddress.put(checked.email(), checked);
            }
        }
        var addresses = List.copyOf(byAddress.keySet());
        int known = knownAddresses.apply(addresses).size();
        int suppressed = suppressedAddresses.apply(addresses).size();
        return new ImportPreview(List.copyOf(byAddress.values()), problems, warnings, file.rows().size(), duplicates,
                known, suppressed);
    }

    /** A row as a contact, or null (with the reason added to {@code problems}) when it cannot be one. */
    private static ContactDetails check(Map<ImportField, String> cells, LawfulBasis basis, long line, List<Problem> problems) {
        String email = cells.getOrDefault(ImportField.EMAIL, "");
        if (email.isEmpty()) {
            problems.add(new Problem(line, "contacts.import.no-email", List.of()));
            return null;
        }
        email = Contact.normalEmail(email);
        if (!validEmail(email)) {
            problems.add(new Problem(line, "contacts.import.bad-email", List.of(email)));
            return null;
        }
        String first = cells.get(ImportField.FIRST_NAME);
        String last = cells.get(ImportField.LAST_NAME);
        String name = cells.get(ImportField.NAME);
        if (name != null && first == null && last == null) {
            int space = name.lastIndexOf(' ');
            first = space > 0 ? name.substring(0, space).strip() : name;
            last = space > 0 ? name.substring(space + 1).strip() : null;
        }
        String language = language(cells.get(ImportField.LANGUAGE));
        if (cells.containsKey(ImportField.LANGUAGE) && language == null) {
            problems.add(new Problem(line, "contacts.import.bad-language", List.of(cells.get(ImportField.LANGUAGE))));
            return null;
        }
        String country = cells.get(ImportField.COUNTRY);
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            problems.add(new Problem(line, "contacts.import.bad-country", List.of(country)));
            return null;
        }
        var limits = Map.of(ImportField.OUTLET, 150, ImportField.JOB_TITLE, 150, ImportField.PHONE, 40,
                ImportField.NOTES, 2000);
        for (var limit : limits.entrySet()) {
            String value = cells.get(limit.getKey());
            if (value != null && value.length() > limit.getValue()) {
                problems.add(new Problem(line, "contacts.import.too-long", List.of(limit.getValue())));
                return null;
            }
        }
        if ((first != null && first.length() > 100) || (last != null && last.length() > 100)) {
            problems.add(new Problem(line, "contacts.import.too-long", List.of(100)));
            return null;
        }
        return new ContactDetails(email, first, last, cells.get(ImportField.OUTLET), cells.get(ImportField.JOB_TITLE),
                ContactDetails.items(cells.get(ImportField.BEATS)), ContactDetails.items(cells.get(ImportField.TAGS)),
                language, country, cells.get(ImportField.PHONE), cells.get(ImportField.NOTES), basis);
    }

    /** A later row of the same address fills in what the earlier left empty; tags and beats add up. */
    private static ContactDetails fill(ContactDetails earlier, ContactDetails later) {
        var tags = new ArrayList<>(earlier.tags());
        later.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        var beats = new ArrayList<>(earlier.beats());
        later.beats().stream().filter(b -> !beats.contains(b)).forEach(beats::add);
        return new ContactDetails(earlier.email(), or(earlier.firstName(), later.firstName()),
                or(earlier.lastName(), later.lastName()), or(earlier.outlet(), later.outlet()),
                or(earlier.jobTitle(), later.jobTitle()), beats, tags, or(earlier.language(), later.language()),
                or(earlier.country(), later.country()), or(earlier.phone(), later.phone()),
                or(earlier.notes(), later.notes()), earlier.lawfulBasis());
    }

    private static String or(String first, String second) {
        return first != null ? first : second;
    }

    static boolean validEmail(String email) {
        if (email.length() > 254 || email.indexOf('@') < 1) {
            return false;
        }
        try {
            new InternetAddress(email, true).validate();
            return email.substring(email.indexOf('@') + 1).contains(".");
        } catch (AddressException e) {
            return false;
        }
    }

    private static String language(String given) {
        if (given == null) {
            return null;
        }
        String value = given.strip();
        String named = LANGUAGE_NAMES.get(value.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        return LANGUAGE.matcher(value.toLowerCase(Locale.ROOT)).matches()
                ? Locale.forLanguageTag(value).toLanguageTag() : null;
    }

    /** Exports write a formula-like cell with an apostrophe before it, so that it stays text: taken off again. */
    private static String unescaped(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    /** = or @ first, or + and - before something that is not a phone number. */
    static boolean looksLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '@'
                || ((first == '+' || first == '-') && value.length() > 1 && !value.substring(1).matches("[0-9 ()./-]+"));
    }
}
