package io.newsroom.wordpress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an uploaded export holds, shown before anything is imported.
 *
 * @param imagesWanted   images the posts use (shown, set as their image, or attached to them)
 * @param imagesInMedia  how many of those the uploaded media holds
 */
public record Preview(String siteTitle, String siteUrl, int posts, long importable, Map<String, Long> postsByStatus,
                      Map<String, Integer> otherItems, int attachments, int authors, List<CategoryRow> categories,
                      List<PostRow> rows, long clashes, int imagesWanted, int imagesInMedia, String mediaName) {

    /** A WordPress category, how many posts it has, and the newsroom category proposed for it. */
    public record CategoryRow(String slug, String name, long posts, String suggested) {
    }

    /**
     * A post as it will come in.
     *
     * @param slug     the address it will have (before numbering, if taken), empty if left out
     * @param imported false for those left out (trash, auto-drafts)
     */
    public record PostRow(long wpId, String title, String status, String slug, Instant date, boolean clash,
                          boolean shortcodes, boolean frames, boolean imported) {
    }

    /** The most posts the preview lists one by one. */
    static final int LISTED = 200;
}
