package io.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void isNotNeededForASinglePage() {
        var pagination = Pagination.of(1, 1, n -> "/p" + n);

        assertThat(pagination.isNeeded()).isFalse();
        assertThat(pagination.previous()).isNull();
        assertThat(pagination.next()).isNull();
    }

    @Test
    void showsTheEdgesAndTheNeighbourhoodOfTheCurrentPageWithGaps() {
        var pagination = Pagination.of(10, 20, n -> "/p" + n);

        assertThat(pagination.links()).extracting(link -> link.isGap() ? "…" : String.valueOf(link.number()))
                .containsExactly("1", "…", "8", "9", "10", "11", "12", "…", "20");
        assertThat(pagination.links()).filteredOn(Pagination.PageLink::current)
                .extracting(Pagination.PageLink::number).containsExactly(10);
        assertThat(pagination.previous()).isEqualTo("/p9");
        assertThat(pagination.next()).isEqualTo("/p11");
    }

    @Test
    void leavesNoGapBetweenAdjacentPages() {
        assertThat(Pagination.of(2, 4, n -> "/p" + n).links()).noneMatch(Pagination.PageLink::isGap)
                .extracting(Pagination.PageLink::number).containsExactly(1, 2, 3, 4);
    }
}
