package io.newsroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.newsroom.Html;
import io.newsroom.NewsroomTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoContentTest extends NewsroomTest {

    @Autowired
    DemoContent demo;

    @Test
    void fillsAnEmptyNewsroomWithTheFourSeedReleasesAndAboutTwentyMore() {
        int loaded = demo.loadIntoEmptyNewsroom();

        assertThat(loaded).isBetween(22, 30);
        assertThat(count()).as("and the four seed releases in Korean").isEqualTo(loaded + 4);
        var page = Html.of(mvc.get().uri("/news?year=2023").exchange());
        assertThat(page.select("article h2").eachText()).contains(
                "MEDICAL IP signs MOU with International St. Mary's Hospital and Incheon Catholic University",
                "MEDICAL IP wins the 'Innovation Grand Prize' at the KHF Innovation Award",
                "Changing the 'Future of anatomy' through MEDICAL IP's AI and digital twin technology",
                "MEDICAL IP selected as a Gartner Sample Vendor for six consecutive years");
        assertThat(jdbc.queryForObject("select published_at from press_release where slug = ?", Instant.class,
                "khf-innovation-award-grand-prize")).isEqualTo(Instant.parse("2023-09-15T01:00:00Z"));
    }

    @Test
    void spansSeveralYearsAndCategoriesSoThatPagingAndFiltersShow() {
        demo.loadIntoEmptyNewsroom();

        assertThat(jdbc.queryForList("select distinct c.slug from press_release r join category c"
                + " on c.id = r.category_id", String.class)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForList("select published_at from press_release", Instant.class))
                .extracting(at -> at.toString().substring(0, 4)).contains("2022", "2023", "2024");
    }

    @Test
    void showsTheSeedReleasesInKoreanToAndMarksEveryInventedOneAsASample() {
        demo.loadIntoEmptyNewsroom();

        var korean = Html.of(mvc.get().uri("/news?year=2023").requestAttr("io.newsroom.language", java.util.Locale.KOREAN)
                .exchange());
        assertThat(jdbc.queryForList("select title from press_release where language = 'ko' order by published_at",
                String.class)).containsExactly("메디컬아이피, 6년 연속 가트너 '샘플 벤더' 선정",
                "메디컬아이피의 AI·디지털 트윈 기술로 바꾸는 '해부학의 미래'",
                "메디컬아이피, KHF 이노베이션 어워드 '혁신 대상' 수상",
                "메디컬아이피, 국제성모병원·인천가톨릭대학교와 업무 협약 체결");
        assertThat(jdbc.queryForObject("select count(distinct story_id) from press_release where story_id is not null",
                Long.class)).as("each a translation of its English release").isEqualTo(4);
        assertThat(korean.select("article h2").eachText()).hasSize(4);
        var english = Html.of(mvc.get().uri("/news?year=2024").exchange());
        assertThat(english.select(".release-card__summary, article p").eachText())
                .anyMatch(text -> text.startsWith("Sample release, invented for this demo:"));
        assertThat(jdbc.queryForList("select slug from press_release where language = 'en' and summary not like 'Sample release,%'",
                String.class)).as("only the four from the company's page are not samples").containsExactlyInAnyOrder(
                "gartner-sample-vendor-six-years", "future-of-anatomy-ai-digital-twin", "khf-innovation-award-grand-prize",
                "mou-international-st-marys-hospital-incheon-catholic-university");
        assertThat(jdbc.queryForList("select body from press_release where summary like 'Sample release,%'", String.class))
                .allMatch(body -> body.startsWith("> **Demo content.**"));
    }

    @Test
    void givesEveryDemoReleaseItsFirstRevisionAndAnAuditLineBySystemAsAnyImportDoes() {
        jdbc.update("delete from audit_event where action = 'release.imported'");
        int loaded = demo.loadIntoEmptyNewsroom();

        assertThat(jdbc.queryForList("select r.slug from press_release r where not exists (select 1 from release_revision v"
                + " where v.release_id = r.id and v.note = 'demo content' and v.author_name = 'system')", String.class))
                .as("releases without a first revision").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'release.imported'"
                + " and actor = 'system' and actor_id is null", Integer.class)).isEqualTo(loaded + 4);
        assertThat(jdbc.queryForObject("select count(*) from press_release where translated_from_id is not null"
                + " and translated_from_revision is null", Integer.class))
                .as("each translation is current with its English release's revision").isZero();
    }

    @Test
    void neverLoadsTwice() {
        int first = demo.loadIntoEmptyNewsroom();

        assertThat(demo.loadIntoEmptyNewsroom()).isZero();
        assertThat(count()).isEqualTo(first + 4);
    }

    @Test
    void leavesANewsroomWithReleasesAlone() {
        fixtures.savedDraft("our-own", "Our own release");

        assertThat(demo.loadIntoEmptyNewsroom()).isZero();
        assertThat(count()).isEqualTo(1);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from press_release", Integer.class);
    }
}
