package io.newsroom.campaign.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{first_name}}}, {@code {{last_name}}}, {@code {{name}}} and {@code {{outlet}}} in a
 * campaign's note, each with an optional fallback for a contact who has no such value:
 * {@code {{first_name|colleague}}}.
 */
public final class MergeFields {

    public static final List<String> NAMES = List.of("first_name", "last_name", "name", "outlet");
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([a-zA-Z_]+)\\s*(?:\\|([^}]*))?}}");

    private MergeFields() {
    }

    /** The fields a text asks for that do not exist. */
    public static List<String> unknown(String text) {
        var unknown = new ArrayList<String>();
        Matcher m = FIELD.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!NAMES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /**
     * The text with each field replaced by the contact's value (or its fallback); {@code escape} is
     * applied to the text and to every value, so HTML can be made of both alike.
     */
    public static String fill(String text, Map<String, String> values, UnaryOperator<String> escape) {
        var out = new StringBuilder();
        Matcher m = FIELD.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(escape.apply(text.substring(last, m.start())));
            String value = values.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            String fallback = m.group(2) == null ? "" : m.group(2).strip();
            out.append(escape.apply(value == null || value.isBlank() ? fallback : value));
            last = m.end();
        }
        out.append(escape.apply(text.substring(last)));
        return out.toString();
    }
}
