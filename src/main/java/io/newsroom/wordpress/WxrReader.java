package io.newsroom.wordpress;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR, an RSS file with WordPress's own elements) as a stream, item by
 * item, so that an export of any size needs no more memory than its largest post. A document type
 * declaration is refused outright: WordPress never writes one, and it is how entity-expansion
 * ("billion laughs") and external-entity attacks come in.
 */
final class WxrReader {

    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A post, page, attachment or other item of the export, as WordPress wrote it. */
    record Item(long wpId, String type, String status, String title, String link, String slug, Instant date,
                String content, String excerpt, List<String> categories, String author, long parentId,
                String attachmentUrl, Map<String, String> meta) {

        String meta(String key) {
            return meta.getOrDefault(key, "");
        }
    }

    record Category(String slug, String name) {
    }

    /** What the reader finds, in document order. */
    interface Visitor {
        default void site(String title, String link) {
        }

        default void author(String login, String name) {
        }

        default void category(Category category) {
        }

        void item(Item item);
    }

    /** The export cannot be read: the message says where and why, for the person who uploaded it. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private WxrReader() {
    }

    static void read(InputStream in, Visitor visitor) throws Unreadable {
        var factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader xml = null;
        boolean sawRss = false;
        boolean sawWordPress = false;
        try {
            xml = factory.createXMLStreamReader(in);
            String siteTitle = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new Unreadable("The file declares a document type (<!DOCTYPE>). WordPress exports never do,"
                            + " and such declarations can expand into gigabytes (an \"XML bomb\"), so the file is refused.");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                String ns = xml.getNamespaceURI();
                if (name.equals("rss")) {
                    sawRss = true;
                } else if (name.equals("title") && ns == null && siteTitle == null) {
                    siteTitle = xml.getElementText();
                } else if (name.equals("link") && ns == null && siteTitle != null) {
                    visitor.site(siteTitle, xml.getElementText());
                } else if (isWordPress(ns) && name.equals("wxr_version")) {
                    sawWordPress = true;
                } else if (isWordPress(ns) && name.equals("author")) {
                    var fields = fields(xml, "author");
                    visitor.author(fields.getOrDefault("author_login", ""), fields.getOrDefault("author_display_name", ""));
                } else if (isWordPress(ns) && name.equals("category")) {
                    var fields = fields(xml, "category");
                    visitor.category(new Category(decode(fields.getOrDefault("category_nicename", "")),
                            fields.getOrDefault("cat_name", "")));
                } else if (name.equals("item") && ns == null) {
                    visitor.item(item(xml));
                }
            }
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            throw new Unreadable("The file is not well-formed XML" + (at == null ? "" : " (line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber() + ")") + ": " + plain(e.getMessage()));
        } finally {
            close(xml);
        }
        if (!sawRss || !sawWordPress) {
            throw new Unreadable("This is not a WordPress export: it lacks the <rss> root or the wp:wxr_version"
                    + " element. In WordPress, use Tools › Export › All content.");
        }
    }

    /** The simple child elements of a wp:author or wp:category, by local name. */
    private static Map<String, String> fields(XMLStreamReader xml, String end) throws XMLStreamException {
        var fields = new HashMap<String, String>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                fields.put(xml.getLocalName(), xml.getElementText().strip());
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(end)) {
                break;
            }
        }
        return fields;
    }

    private static Item item(XMLStreamReader xml) throws XMLStreamException {
        long id = 0;
        long parent = 0;
        String type = "";
        String status = "";
        String title = "";
        String link = "";
        String slug = "";
        String content = "";
        String excerpt = "";
        String author = "";
        String attachmentUrl = "";
        String dateGmt = "";
        String date = "";
        var categories = new ArrayList<String>();
        var meta = new HashMap<String, String>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("item")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String ns = xml.getNamespaceURI();
            if (ns == null) {
                switch (name) {
                    case "title" -> title = xml.getElementText().strip();
                    case "link" -> link = xml.getElementText().strip();
                    case "category" -> {
                        if ("category".equals(xml.getAttributeValue(null, "domain"))) {
                            categories.add(decode(xml.getAttributeValue(null, "nicename")));
                        }
                        xml.getElementText();
                    }
                    default -> skip(xml);
                }
            } else if (CONTENT.equals(ns) && name.equals("encoded")) {
                content = xml.getElementText();
            } else if (isExcerpt(ns) && name.equals("encoded")) {
                excerpt = xml.getElementText().strip();
            } else if (name.equals("creator")) {
                author = xml.getElementText().strip();
            } else if (isWordPress(ns)) {
                switch (name) {
                    case "post_id" -> id = number(xml.getElementText());
                    case "post_parent" -> parent = number(xml.getElementText());
                    case "post_type" -> type = xml.getElementText().strip();
                    case "status" -> status = xml.getElementText().strip();
                    case "post_name" -> slug = decode(xml.getElementText().strip());
                    case "post_date_gmt" -> dateGmt = xml.getElementText().strip();
                    case "post_date" -> date = xml.getElementText().strip();
                    case "attachment_url" -> attachmentUrl = xml.getElementText().strip();
                    case "postmeta" -> {
                        var fields = fields(xml, "postmeta");
                        meta.put(fields.getOrDefault("meta_key", ""), fields.getOrDefault("meta_value", ""));
                    }
                    default -> skip(xml);
                }
            } else {
                skip(xml);
            }
        }
        return new Item(id, type, status, title, link, slug, instant(dateGmt, date), content, excerpt,
                List.copyOf(categories), author, parent, attachmentUrl, Map.copyOf(meta));
    }

    /** WordPress's namespace carries the WXR version: http://wordpress.org/export/1.2/ */
    private static boolean isWordPress(String ns) {
        return ns != null && ns.startsWith("http://wordpress.org/export/") && !isExcerpt(ns);
    }

    private static boolean isExcerpt(String ns) {
        return ns != null && ns.startsWith("http://wordpress.org/export/") && ns.endsWith("/excerpt/");
    }

    /** Skips an element with everything in it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** WordPress writes a draft's GMT date as zeros; its local date is the best there is then. */
    private static Instant instant(String gmt, String local) {
        for (String value : new String[] {gmt, local}) {
            if (value.isEmpty() || value.startsWith("0000")) {
                continue;
            }
            try {
                return LocalDateTime.parse(value, WP_DATE).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // the next, or none
            }
        }
        return null;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** WordPress stores non-ASCII slugs percent-encoded. */
    private static String decode(String value) {
        if (value == null) {
            return "";
        }
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String plain(String message) {
        String text = message == null ? "" : message;
        int at = text.indexOf("Message: ");
        return at >= 0 ? text.substring(at + 9) : text;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing more to read
            }
        }
    }
}
