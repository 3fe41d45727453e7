package io.newsroom.analytics;

import java.util.List;

import io.newsroom.campaign.CampaignFigures;
import io.newsroom.web.Csv;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** What a release did, and what the newsroom does, for PR staff: charts drawn as SVG with their tables, and CSV. */
@Controller
class AdminAnalyticsController {

    private static final List<String> CSV_HEADER = List.of("date", "views", "visitors");

    private final Figures figures;
    private final CampaignFigures campaigns;

    AdminAnalyticsController(Figures figures, CampaignFigures campaigns) {
        this.figures = figures;
        this.campaigns = campaigns;
    }

    @GetMapping("/admin/releases/{id}/analytics")
    String release(@PathVariable long id, Model model) {
        var found = figures.ofRelease(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("f", found);
        model.addAttribute("chart", Chart.of(found.days()));
        model.addAttribute("mailings", campaigns.ofRelease(id));
        return "admin/analytics/release";
    }

    @GetMapping("/admin/analytics")
    String newsroom(@RequestParam(defaultValue = "30") int days, Model model) {
        int span = Figures.period(days);
        var found = figures.ofNewsroom(span);
        model.addAttribute("span", span);
        model.addAttribute("spans", List.of(7, 30, 90));
        model.addAttribute("f", found);
        model.addAttribute("chart", Chart.of(found.days()));
        return "admin/analytics/newsroom";
    }

    @GetMapping("/admin/analytics.csv")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "30") int days) {
        return Csv.download("newsroom-analytics.csv", CSV_HEADER, figures.ofNewsroom(Figures.period(days)).days(),
                AdminAnalyticsController::cells);
    }

    @GetMapping("/admin/releases/{id}/analytics.csv")
    ResponseEntity<byte[]> exportRelease(@PathVariable long id) {
        var found = figures.ofRelease(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Csv.download(found.release().slug() + "-analytics.csv", CSV_HEADER, found.days(), AdminAnalyticsController::cells);
    }

    private static List<String> cells(AnalyticsLookup.Day day) {
        return List.of(day.day().toString(), String.valueOf(day.views()), String.valueOf(day.visitors()));
    }
}
