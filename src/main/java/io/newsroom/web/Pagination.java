package io.newsroom.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The page links under a list: previous, next and the page numbers around the current page, with
 * gaps shown as an ellipsis. Pages count from 1, as visitors see them.
 *
 * @param current  the page shown
 * @param total    how many pages there are (at least 1)
 * @param previous link to the previous page, or null on the first
 * @param next     link to the next page, or null on the last
 * @param links    the numbered links; a null {@code url} marks a gap
 */
public record Pagination(int current, int total, String previous, String next, List<PageLink> links) {

    private static final int AROUND = 2;

    public static Pagination of(int current, int total, IntFunction<String> url) {
        int pages = Math.max(total, 1);
        var shown = new TreeSet<Integer>();
        shown.add(1);
        shown.add(pages);
        for (int n = Math.max(1, current - AROUND); n <= Math.min(pages, current + AROUND); n++) {
            shown.add(n);
        }
        var links = new ArrayList<PageLink>();
        int last = 0;
        for (int n : shown) {
            if (n > last + 1) {
                links.add(new PageLink(last + 1, null, false));
            }
            links.add(new PageLink(n, url.apply(n), n == current));
            last = n;
        }
        return new Pagination(current, pages,
                current > 1 ? url.apply(current - 1) : null,
                current < pages ? url.apply(current + 1) : null,
                List.copyOf(links));
    }

    public boolean isNeeded() {
        return total > 1;
    }

    public record PageLink(int number, String url, boolean current) {

        public boolean isGap() {
            return url == null;
        }
    }
}
