package io.newsroom.web;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One option of a filter's select, for the {@code fragments :: select} fragment that every filter
 * form uses.
 *
 * @param text       what the option says, or null to say the message of {@code messageKey}
 * @param messageKey the message to show when {@code text} is null
 */
public record Choice(String value, String text, String messageKey, boolean selected) {

    /** Options from values, each saying its own text. */
    public static <T> List<Choice> of(Collection<T> values, Function<T, Object> value, Function<T, String> text,
                                      Predicate<T> selected) {
        return values.stream().map(v -> new Choice(String.valueOf(value.apply(v)), text.apply(v), null, selected.test(v)))
                .toList();
    }

    /** Options from values, each saying a message: {@code keyPrefix} followed by the value. */
    public static <T> List<Choice> ofMessages(Collection<T> values, String keyPrefix, Predicate<T> selected) {
        return values.stream().map(v -> new Choice(String.valueOf(v), null, keyPrefix + v, selected.test(v))).toList();
    }
}
