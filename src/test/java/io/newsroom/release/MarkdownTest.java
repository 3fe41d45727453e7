package io.newsroom.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersTheMarkdownAPressReleaseUses() {
        var html = Jsoup.parseBodyFragment(markdown.toSafeHtml("""
                ## Highlights

                - **Joint research** in *bio-health*
                - [Our site](https://www.medicalip.com) and [a release](/news/other)

                > "A quote," said the CEO.

                | Year | Award |
                |------|-------|
                | 2023 | KHF   |
                """));

        assertThat(html.selectFirst("h2").text()).isEqualTo("Highlights");
        assertThat(html.select("li")).hasSize(2);
        assertThat(html.selectFirst("strong").text()).isEqualTo("Joint research");
        assertThat(html.select("a").eachAttr("href")).containsExactly("https://www.medicalip.com", "/news/other");
        assertThat(html.selectFirst("blockquote").text()).contains("A quote");
        assertThat(html.select("table td").eachText()).containsExactly("2023", "KHF");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"https://example.com/a.png\" onload=\"alert(1)\">",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](jav&#x09;ascript:alert(1))",
            "[click](  javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "![x](javascript:alert(1))",
            "<svg onload=alert(1)><circle r=1></circle></svg>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<style>body{display:none}</style>",
            "<form action=\"https://evil.example\"><input name=q><button>Go</button></form>",
            "<body onload=alert(1)>",
            "<details open ontoggle=alert(1)>x</details>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<<script>script>alert(1)<</script>/script>",
            "<scr<script>ipt>alert(1)</script>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<base href=\"https://evil.example/\">",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\" target=\"_top\">ok</a>",
            "`<script>alert(1)</script>` and ```\n<script>alert(1)</script>\n```",
    })
    void neverLetsScriptThrough(String payload) {
        var html = Jsoup.parseBodyFragment(markdown.toSafeHtml(payload));

        assertThat(html.select("script, style, iframe, object, embed, svg, math, form, input, meta, base")).isEmpty();
        for (Element element : html.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).doesNotStartWithIgnoringCase("on").isNotEqualToIgnoringCase("style");
                assertThat(attribute.getValue().replaceAll("\\s", ""))
                        .doesNotContainIgnoringCase("javascript:")
                        .doesNotContainIgnoringCase("vbscript:")
                        .doesNotStartWithIgnoringCase("data:");
            });
        }
    }

    @Test
    void showsCodeAsTextRatherThanRunningIt() {
        var html = Jsoup.parseBodyFragment(markdown.toSafeHtml("`<script>alert(1)</script>`"));

        assertThat(html.selectFirst("code").text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void makesAnImageAloneInItsParagraphAFigureWithItsTitleAsCaption() {
        var html = Jsoup.parseBodyFragment(markdown.toSafeHtml("""
                Our lab: ![inline](/media/a-240.jpg) stays inline.

                ![The lab building](/media/b-800.jpg "The lab in spring")

                ![A diagram](/media/c-800.jpg)
                """));

        assertThat(html.select("figure img").eachAttr("alt")).containsExactly("The lab building", "A diagram");
        assertThat(html.select("figcaption").eachText()).containsExactly("The lab in spring");
        assertThat(html.select("figure img[title]")).as("the caption is not repeated as a tooltip").isEmpty();
        assertThat(html.select("p img").eachAttr("alt")).containsExactly("inline");
    }

    @Test
    void turnsAVideoAddressAloneInItsParagraphIntoAPlayerThatLoadsNothingUntilAsked() {
        var html = Jsoup.parseBodyFragment(markdown.toSafeHtml("""
                <https://www.youtube.com/watch?v=dQw4w9WgXcQ>

                https://youtu.be/dQw4w9WgXcQ?t=42

                <https://vimeo.com/76979871>

                See <https://www.youtube.com/watch?v=dQw4w9WgXcQ> in a sentence.

                <https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ>

                [a named link](https://vimeo.com/76979871)
                """));

        assertThat(html.select("figure.embed").eachAttr("data-embed-src")).containsExactly(
                "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
                "https://player.vimeo.com/video/76979871");
        assertThat(html.select("figure.embed").eachAttr("data-embed-site")).containsExactly("YouTube", "YouTube", "Vimeo");
        assertThat(html.select("figure.embed a").eachAttr("href")).as("the link stays, for feeds, the PDF and mail")
                .containsExactly("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ?t=42",
                        "https://vimeo.com/76979871");
        assertThat(html.select("iframe")).as("no player until the reader asks").isEmpty();
        assertThat(html.select("p a").eachText()).containsExactly("https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "a named link");
    }
}
