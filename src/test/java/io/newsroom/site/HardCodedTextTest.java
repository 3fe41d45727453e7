package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No sentence is written into a page's template: every text a reader or a member of staff sees
 * comes from the message bundles, so it exists in both languages. A template's own text is only a
 * placeholder that Thymeleaf replaces ({@code th:text} and its kin on the element or above).
 */
class HardCodedTextTest {

    /** Attributes a person reads or hears, which must come from a th: attribute when they hold words. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value", "content");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
            "sec:authentication", "th:include", "th:errors");

    @Test
    void templatesTakeEveryWordFromTheMessageBundles() throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                var page = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element element : page.getAllElements()) {
                    if (replaced(element) || Set.of("script", "style", "title").contains(element.tagName())) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        if (words(text.text())) {
                            found.add(file.getFileName() + ": <" + element.tagName() + "> " + text.text().strip());
                        }
                    }
                    for (String attribute : READ_ATTRIBUTES) {
                        if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute) && !element.hasAttr("th:attr")
                                && words(element.attr(attribute)) && !"meta".equals(element.tagName())) {
                            found.add(file.getFileName() + ": <" + element.tagName() + " " + attribute + "> " + element.attr(attribute));
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static boolean replaced(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            for (String attribute : REPLACING) {
                if (at.hasAttr(attribute) || at.tagName().equals(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two letters or more that are not only an expression: a word someone reads. */
    private static boolean words(String text) {
        String stripped = text.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]|\\$\\{.*?}|#\\{.*?}|@\\{.*?}", "").strip();
        return stripped.codePoints().filter(Character::isLetter).count() >= 2;
    }

}
