package io.newsroom.release.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/** When the first and the latest public release came out; both null in an empty newsroom. */
public record PublicationSpan(Instant first, Instant latest) {

    /** The years a visitor can filter by, newest first. */
    List<Integer> years(ZoneId zone) {
        if (first == null || latest == null) {
            return List.of();
        }
        int from = first.atZone(zone).getYear();
        int to = latest.atZone(zone).getYear();
        return IntStream.rangeClosed(from, to).map(year -> to - (year - from)).boxed().toList();
    }
}
