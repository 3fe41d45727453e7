package io.newsroom.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real referrer addresses, as browsers send them, reduced to the kind of source and its site. */
class ReferrersTest {

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(nullValues = "-", value = {
            "https://www.google.com/, -, SEARCH, google.com",
            "https://www.google.co.kr/, -, SEARCH, google.co.kr",
            "https://www.bing.com/search?q=medical+ip+newsroom, -, SEARCH, bing.com",
            "https://search.naver.com/search.naver?where=nexearch&query=메디컬아이피, -, SEARCH, search.naver.com",
            "https://m.search.naver.com/search.naver?query=medical+ip, -, SEARCH, m.search.naver.com",
            "https://search.daum.net/search?w=tot&q=medical, -, SEARCH, search.daum.net",
            "https://duckduckgo.com/, -, SEARCH, duckduckgo.com",
            "https://news.google.com/articles/CBMiK2h0dHBz, -, NEWS, news.google.com",
            "https://n.news.naver.com/article/015/0004923456, -, NEWS, n.news.naver.com",
            "https://v.daum.net/v/20261207100000123, -, NEWS, v.daum.net",
            "https://flipboard.com/@medicalip, -, NEWS, flipboard.com",
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fnewsroom.example, -, SOCIAL, l.facebook.com",
            "https://t.co/abc123, -, SOCIAL, t.co",
            "https://www.linkedin.com/feed/, -, SOCIAL, linkedin.com",
            "https://lnkd.in/gXyz, -, SOCIAL, lnkd.in",
            "https://blog.naver.com/medicalip/2233, -, SOCIAL, blog.naver.com",
            "https://mail.google.com/, -, EMAIL, mail.google.com",
            "https://outlook.office.com/, -, EMAIL, outlook.office.com",
            "-, email, EMAIL, -",
            "https://www.koreabiomed.com/news/articleView.html?idxno=1, -, OTHER, koreabiomed.com",
            "android-app://com.google.android.gm/, -, OTHER, android-app",
            "-, -, DIRECT, -",
            "not an address, -, DIRECT, -"})
    void reducesAReferrerToItsKindAndSite(String referer, String medium, Referrers.Kind kind, String site) {
        var source = Referrers.of(referer, medium, "newsroom.example");

        assertThat(source.kind()).isEqualTo(kind);
        assertThat(source.site()).isEqualTo(site);
    }

    @ParameterizedTest
    @CsvSource({"https://newsroom.example/news", "https://www.newsroom.example/"})
    void aMoveInsideTheNewsroomIsNoSource(String referer) {
        assertThat(Referrers.of(referer, null, "newsroom.example")).isNull();
    }
}
