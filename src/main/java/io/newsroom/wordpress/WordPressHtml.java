package io.newsroom.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Turns a WordPress post's HTML into a release body in Markdown: block-editor comments and
 * WordPress's automatic paragraphs are resolved, the common shortcodes become what they show
 * (captions, embeds as links, galleries as their images), frames become links, images in the
 * export's media are pointed at the newsroom's copies, and everything the sanitizer would refuse is
 * removed. Every change a reader could notice is noted for the import report.
 */
final class WordPressHtml {

    private static final Pattern SHORTCODE = Pattern.compile("\\[(/?)([a-zA-Z][\\w-]*)((?:\\s[^\\]]*)?)]");
    private static final Set<String> KNOWN = Set.of("caption", "wp_caption", "gallery", "embed", "video", "audio",
            "playlist", "contact-form-7", "contact-form", "vc_row", "vc_column", "vc_column_text");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern CAPTION = Pattern.compile(
            "\\[(?:wp_)?caption[^\\]]*](.*?)\\[/(?:wp_)?caption]", Pattern.DOTALL);
    private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*](.*?)\\[/embed]", Pattern.DOTALL);
    private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)]");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)^\\s*<(p|div|h[1-6]|ul|ol|li|blockquote|pre|table|figure|hr|img|iframe|script|style)\\b");
    private static final FlexmarkHtmlConverter TO_MARKDOWN = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')).build();

    /** The newsroom address of an image of the export, found by its WordPress address or attachment id. */
    interface Images {
        Optional<String> byUrl(String url);

        Optional<String> byAttachmentId(long id);
    }

    record Converted(String markdown, List<String> notes) {
    }

    private WordPressHtml() {
    }

    static Converted convert(String wordpressHtml, Images images) {
        var notes = new LinkedHashSet<String>();
        String html = BLOCK_COMMENT.matcher(wordpressHtml == null ? "" : wordpressHtml).replaceAll("");
        html = replace(CAPTION, html, m -> captioned(m.group(1)));
        html = replace(EMBED, html, m -> {
            notes.add("An embed ([embed]) became a link to " + m.group(1).strip());
            return link(m.group(1).strip());
        });
        html = replace(GALLERY, html, m -> gallery(m.group(1), images, notes));
        String text = html;
        html = replace(SHORTCODE, text, m -> {
            String name = m.group(2).toLowerCase();
            if (KNOWN.contains(name) || !m.group(3).isBlank() || text.contains("[/" + m.group(2) + "]")) {
                if (m.group(1).isEmpty()) {
                    notes.add("The shortcode [" + name + "] was removed (what it enclosed is kept)");
                }
                return "";
            }
            return m.group();
        });
        html = autop(html);

        Document document = Jsoup.parseBodyFragment(html);
        for (Element script : document.select("script, style, noscript")) {
            notes.add("A " + script.tagName() + " element was removed");
            script.remove();
        }
        for (Element frame : document.select("iframe, embed, object, video, audio")) {
            String src = frame.attr("src").strip();
            if (src.startsWith("http")) {
                notes.add("An embedded " + frame.tagName() + " became a link to " + src);
                frame.replaceWith(Jsoup.parseBodyFragment(link(watchable(src))).body().child(0));
            } else {
                notes.add("An embedded " + frame.tagName() + " without an address was removed");
                frame.remove();
            }
        }
        for (Element form : document.select("form")) {
            notes.add("A form was removed");
            form.remove();
        }
        for (Element img : document.select("img[src]")) {
            String src = img.attr("src");
            var local = images.byUrl(src);
            if (local.isPresent()) {
                img.attr("src", local.get());
            } else {
                notes.add("The image " + src + " is not in the uploaded media; it still points at the old site");
            }
            img.removeAttr("srcset").removeAttr("sizes").removeAttr("class").removeAttr("width").removeAttr("height");
        }
        String clean = Jsoup.clean(document.body().html(), "https://newsroom.invalid/",
                Safelist.relaxed().preserveRelativeLinks(true).addAttributes("a", "title"));
        return new Converted(TO_MARKDOWN.convert(clean).strip(), List.copyOf(notes));
    }

    private static String captioned(String inner) {
        var fragment = Jsoup.parseBodyFragment(inner);
        var image = fragment.selectFirst("img");
        String text = fragment.text().strip();
        String picture = image == null ? "" : image.outerHtml();
        var link = fragment.selectFirst("a:has(img)");
        if (link != null && image != null) {
            picture = "<a href=\"" + link.attr("href") + "\">" + picture + "</a>";
        }
        return "\n\n<p>" + picture + "</p>\n\n<p><em>" + Entities.escape(text) + "</em></p>\n\n";
    }

    private static String gallery(String attributes, Images images, Set<String> notes) {
        var ids = new ArrayList<Long>();
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            if (attribute.group(1).equals("ids")) {
                for (String id : attribute.group(2).split(",")) {
                    try {
                        ids.add(Long.parseLong(id.strip()));
                    } catch (NumberFormatException ignored) {
                        // not an id
                    }
                }
            }
        }
        var html = new StringBuilder("\n\n");
        int missing = 0;
        for (long id : ids) {
            var src = images.byAttachmentId(id);
            if (src.isPresent()) {
                html.append("<p><img src=\"").append(src.get()).append("\" alt=\"\"></p>\n\n");
            } else {
                missing++;
            }
        }
        if (ids.isEmpty()) {
            notes.add("A [gallery] without image ids was removed");
        } else if (missing > 0) {
            notes.add("A [gallery] lost " + missing + " of its " + ids.size() + " images (not in the uploaded media)");
        } else {
            notes.add("A [gallery] became its " + ids.size() + " images, one below the other");
        }
        return html.toString();
    }

    /** YouTube's embed address as the page a reader can open. */
    private static String watchable(String src) {
        var embed = Pattern.compile("https?://(?:www\\.)?youtube(?:-nocookie)?\\.com/embed/([\\w-]+).*").matcher(src);
        return embed.matches() ? "https://www.youtube.com/watch?v=" + embed.group(1) : src;
    }

    private static String link(String url) {
        String safe = Entities.escape(url);
        return "\n\n<p><a href=\"" + safe + "\">" + safe + "</a></p>\n\n";
    }

    /** WordPress's automatic paragraphs: classic-editor text separated by blank lines, without &lt;p&gt;. */
    private static String autop(String html) {
        var out = new StringBuilder();
        for (String chunk : html.replace("\r\n", "\n").split("\n\\s*\n")) {
            String text = chunk.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (BLOCK_TAG.matcher(text).find()) {
                out.append(text).append("\n\n");
            } else {
                out.append("<p>").append(text.replace("\n", "<br>\n")).append("</p>\n\n");
            }
        }
        return out.toString();
    }

    /** Replaces each match with the literal text the function gives. */
    private static String replace(Pattern pattern, String text, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(replacement.apply(match)));
    }
}
