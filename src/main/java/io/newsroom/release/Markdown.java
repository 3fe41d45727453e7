package io.newsroom.release;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns a release body written in Markdown into HTML that is safe to put on a page. Raw HTML in
 * the Markdown is allowed through the parser, then everything passes jsoup's allow-list: only
 * formatting elements, links and images survive, with http(s), mailto or relative addresses and
 * no script, style or event handler.
 */
@Component
public class Markdown {

    private static final String BASE_URI = "https://newsroom.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    Markdown() {
        var extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();
        safelist = Safelist.relaxed()
                .addEnforcedAttribute("img", "loading", "lazy")
                .addAttributes("a", "title")
                .addEnforcedAttribute("a", "rel", "noopener")
                .preserveRelativeLinks(true);
    }

    private static final Markdown SHARED = new Markdown();

    /**
     * The text a reader sees of a body, and nothing the sanitizer removes (comments, scripts,
     * styles): what search indexes and quotes.
     */
    public static String visibleText(String markdown) {
        return textOf(SHARED.toSafeHtml(markdown));
    }

    /** What {@link #toSafeHtml} gives, for the model that stores it when a release is saved. */
    public static String safeHtmlOf(String markdown) {
        return SHARED.toSafeHtml(markdown);
    }

    /** The text of HTML this class made safe. */
    public static String textOf(String safeHtml) {
        return Jsoup.parseBodyFragment(safeHtml).text();
    }

    /**
     * Safe HTML for the body. An image alone in its paragraph is a figure, its title the caption
     * (the visual editor writes {@code ![alt](src "caption")} there); the figure is made after the
     * sanitizer, from what it let through.
     */
    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        String safe = Jsoup.clean(html, BASE_URI, safelist, output);
        if (!safe.contains("<img") && !safe.contains("vimeo.com") && !safe.contains("youtu")) {
            return safe;
        }
        var body = Jsoup.parseBodyFragment(safe).body();
        boolean changed = embedVideos(body);
        for (var paragraph : body.select("p")) {
            var image = paragraph.children().size() == 1 ? paragraph.child(0) : null;
            if (image != null && image.tagName().equals("img") && paragraph.textNodes().stream().allMatch(t -> t.isBlank())) {
                var figure = paragraph.tagName("figure");
                String caption = image.attr("title");
                if (!caption.isBlank()) {
                    image.removeAttr("title");
                    figure.appendElement("figcaption").text(caption);
                }
                changed = true;
            }
        }
        if (!changed) {
            return safe;
        }
        body.ownerDocument().outputSettings(output);
        return body.html();
    }

    private static final Pattern YOUTUBE = Pattern.compile(
            "https://(?:(?:www\\.|m\\.)?youtube\\.com/(?:watch\\?(?:[^#]*&)?v=|shorts/)|youtu\\.be/)([A-Za-z0-9_-]{11})(?:[?&#].*)?");
    private static final Pattern VIMEO = Pattern.compile("https://(?:www\\.)?vimeo\\.com/(\\d{6,12})(?:[?#].*)?");

    /**
     * A YouTube or Vimeo address alone in its paragraph becomes a video that loads nothing from
     * those sites until the reader asks for it (the page's script then puts the player in, from
     * youtube-nocookie.com or player.vimeo.com). The link stays inside, for feeds, the PDF, mail and
     * readers without JavaScript.
     */
    private static boolean embedVideos(Element body) {
        boolean changed = false;
        for (var paragraph : body.select("p")) {
            String href;
            if (paragraph.children().isEmpty()) {
                // an address typed on a line of its own, not made a link
                href = paragraph.text().strip();
                if (!href.startsWith("https://")) {
                    continue;
                }
            } else if (paragraph.children().size() == 1 && paragraph.child(0).tagName().equals("a")
                    && paragraph.textNodes().stream().allMatch(t -> t.isBlank())
                    && paragraph.child(0).text().equals(paragraph.child(0).attr("href"))) {
                href = paragraph.child(0).attr("href");
            } else {
                continue;
            }
            var youtube = YOUTUBE.matcher(href);
            var vimeo = VIMEO.matcher(href);
            String player = youtube.matches() ? "https://www.youtube-nocookie.com/embed/" + youtube.group(1)
                    : vimeo.matches() ? "https://player.vimeo.com/video/" + vimeo.group(1) : null;
            if (player != null) {
                if (paragraph.children().isEmpty()) {
                    paragraph.empty().appendElement("a").attr("href", href).attr("rel", "noopener").text(href);
                }
                paragraph.tagName("figure").addClass("embed").attr("data-embed-src", player)
                        .attr("data-embed-site", youtube.matches() ? "YouTube" : "Vimeo");
                changed = true;
            }
        }
        return changed;
    }
}
