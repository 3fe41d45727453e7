package io.newsroom.wordpress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A first reading of an export, without keeping any post's text: what it holds (for the preview)
 * and which images its posts use (for taking them from the uploaded media).
 */
final class Survey implements WxrReader.Visitor {

    private static final Pattern UPLOAD = Pattern.compile("wp-content/uploads/([^\"'\\s)?#]+)");
    private static final Pattern SIZE_SUFFIX = Pattern.compile("-\\d+x\\d+(\\.[a-zA-Z0-9]+)$");
    private static final Pattern SHORTCODE = Pattern.compile("\\[[a-zA-Z][\\w-]*(\\s[^\\]]*)?]");
    private static final Pattern GALLERY_IDS = Pattern.compile("\\[gallery[^\\]]*ids=\"([\\d,\\s]+)\"");
    private static final Set<String> IMAGE_TYPES = Set.of("jpg", "jpeg", "png", "gif", "webp");

    record Post(long wpId, String title, String status, String slug, Instant date, List<String> categories,
                boolean shortcodes, boolean frames) {
    }

    record Attachment(long wpId, long parentId, String path, String alt) {
    }

    String siteTitle = "";
    String siteUrl = "";
    final Set<String> authors = new LinkedHashSet<>();
    final Map<String, String> categories = new LinkedHashMap<>();
    final List<Post> posts = new ArrayList<>();
    final Map<String, Integer> otherTypes = new LinkedHashMap<>();
    final Map<Long, Attachment> attachments = new LinkedHashMap<>();
    final Set<Long> usedAttachmentIds = new HashSet<>();
    final Set<String> usedPaths = new HashSet<>();

    @Override
    public void site(String title, String link) {
        siteTitle = title;
        siteUrl = link;
    }

    @Override
    public void author(String login, String name) {
        authors.add(login);
    }

    @Override
    public void category(WxrReader.Category category) {
        categories.put(category.slug(), category.name());
    }

    @Override
    public void item(WxrReader.Item item) {
        switch (item.type()) {
            case "post" -> {
                posts.add(new Post(item.wpId(), item.title(), item.status(), item.slug(), item.date(), item.categories(),
                        SHORTCODE.matcher(item.content()).find(), item.content().contains("<iframe")));
                if (!item.meta("_thumbnail_id").isEmpty()) {
                    usedAttachmentIds.add(number(item.meta("_thumbnail_id")));
                }
                var gallery = GALLERY_IDS.matcher(item.content());
                while (gallery.find()) {
                    for (String id : gallery.group(1).split(",")) {
                        usedAttachmentIds.add(number(id));
                    }
                }
                var upload = UPLOAD.matcher(item.content());
                while (upload.find()) {
                    usedPaths.add(originalPath(upload.group(1)));
                }
                item.categories().forEach(slug -> categories.putIfAbsent(slug, slug));
            }
            case "attachment" -> attachments.put(item.wpId(), new Attachment(item.wpId(), item.parentId(),
                    attachedPath(item), item.meta("_wp_attachment_image_alt").isEmpty() ? item.title()
                    : item.meta("_wp_attachment_image_alt")));
            default -> otherTypes.merge(item.type().isEmpty() ? "unknown" : item.type(), 1, Integer::sum);
        }
    }

    /** The images to take from the media: those the imported posts show, have as their image, or own. */
    Set<String> wantedPaths(Set<Long> importedPostIds) {
        var wanted = new HashSet<>(usedPaths);
        for (var attachment : attachments.values()) {
            if (isImage(attachment.path()) && (usedAttachmentIds.contains(attachment.wpId())
                    || importedPostIds.contains(attachment.parentId()))) {
                wanted.add(attachment.path());
            }
        }
        return wanted;
    }

    /** The categories that posts are in, with their names. */
    Map<String, String> usedCategories() {
        var used = new LinkedHashMap<String, String>();
        posts.forEach(post -> post.categories().forEach(slug -> used.put(slug, categories.getOrDefault(slug, slug))));
        return used;
    }

    Optional<Attachment> attachment(long id) {
        return Optional.ofNullable(attachments.get(id));
    }

    /** An uploads-relative path (2023/09/photo.jpg), whatever folder the media were zipped from. */
    static String uploadsPath(String name) {
        String path = name.replace('\\', '/');
        int at = path.lastIndexOf("uploads/");
        return (at >= 0 ? path.substring(at + "uploads/".length()) : path).toLowerCase(Locale.ROOT);
    }

    /** WordPress's resized copies (photo-1024x683.jpg) stand for the original (photo.jpg). */
    static String originalPath(String path) {
        return SIZE_SUFFIX.matcher(uploadsPath(path)).replaceAll("$1");
    }

    static boolean isImage(String path) {
        int dot = path.lastIndexOf('.');
        return dot > 0 && IMAGE_TYPES.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String attachedPath(WxrReader.Item item) {
        String file = item.meta("_wp_attached_file");
        return file.isEmpty() ? uploadsPath(item.attachmentUrl()) : uploadsPath(file);
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
