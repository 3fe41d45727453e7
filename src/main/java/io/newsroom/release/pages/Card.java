package io.newsroom.release.pages;

/**
 * A release in a list (the newsroom or search results) with every string its card shows worked out
 * in Java, so the template only prints: a list of cards is most of a list page's rendering cost.
 *
 * @param summary     the summary, or null where a search snippet takes its place
 * @param snippetHtml sanitized HTML with the matched words marked, or null
 * @param picture     the card's image, or null for a card of text only
 */
record Card(String href, String title, String dateIso, String dateText, String categoryHref, String categoryName,
            String summary, String snippetHtml, Picture picture) {

    /** The card's image; the first few cards of a page load theirs at once, the rest lazily. */
    record Picture(String src, String srcset, String alt, int height, String loading) {
    }
}
