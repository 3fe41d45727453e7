package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Both message bundles stay complete: every text exists in English and in Korean, no Korean text
 * is a copy of the English one, both say the same {0}, and every key a template asks for exists.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

    private final Map<String, String> english = load("messages.properties");
    private final Map<String, String> korean = load("messages_ko.properties");

    @Test
    void everyTextExistsInBothLanguages() {
        assertThat(difference(english.keySet(), korean.keySet())).as("in English only").isEmpty();
        assertThat(difference(korean.keySet(), english.keySet())).as("in Korean only").isEmpty();
    }

    @Test
    void noTextIsWrittenTwiceUnderOneKey() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_ko.properties"}) {
            var seen = new TreeSet<String>();
            var twice = new TreeSet<String>();
            for (String line : new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
            assertThat(twice).as("keys defined twice in " + name + " (the last one silently wins)").isEmpty();
        }
    }

    @Test
    void noKoreanTextIsACopyOfTheEnglishOne() {
        var copies = english.entrySet().stream()
                .filter(entry -> entry.getValue().equals(korean.get(entry.getKey())))
                .filter(entry -> entry.getValue().chars().anyMatch(Character::isLetter))
                .map(Map.Entry::getKey).toList();
        assertThat(copies).isEmpty();
    }

    @Test
    void bothLanguagesFillInTheSameValues() {
        var different = english.keySet().stream().filter(korean::containsKey)
                .filter(key -> !placeholders(english.get(key)).equals(placeholders(korean.get(key))))
                .map(key -> key + ": " + placeholders(english.get(key)) + " / " + placeholders(korean.get(key))).toList();
        assertThat(different).isEmpty();
    }

    @Test
    void everyKeyATemplateAsksForExists() throws IOException {
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(file));
                while (keys.find()) {
                    if (!english.containsKey(keys.group(1))) {
                        missing.add(keys.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        var found = new TreeSet<String>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> difference(Set<String> one, Set<String> other) {
        return one.stream().filter(key -> !other.contains(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> load(String name) {
        var properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var map = new TreeMap<String, String>();
        properties.forEach((key, value) -> map.put((String) key, (String) value));
        return map;
    }
}
