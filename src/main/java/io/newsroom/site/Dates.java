package io.newsroom.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.newsroom.settings.SettingsLookup;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as pages show them, in the company's time zone: {@code @dates.display(instant)} in a
 * template. The formatter of each language is built once, not on every date of every page.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private final SettingsLookup settings;
    private final MessageSource messages;
    private final Map<Locale, DateTimeFormatter> displays = new ConcurrentHashMap<>();

    Dates(SettingsLookup settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** For {@code <time datetime>}. */
    public String iso(Instant at) {
        return ISO.format(at.atZone(settings.current().timeZone()));
    }

    /** For people: {@code Sep 15, 2023} in English, after the {@code date.pattern} message of the language. */
    public String display(Instant at) {
        Locale locale = LocaleContextHolder.getLocale();
        var formatter = displays.computeIfAbsent(locale,
                l -> DateTimeFormatter.ofPattern(messages.getMessage("date.pattern", null, l), l));
        return formatter.format(at.atZone(settings.current().timeZone()));
    }
}
