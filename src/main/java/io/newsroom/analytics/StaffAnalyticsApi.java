package io.newsroom.analytics;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The same figures as the admin's, in the staff API (a personal access token of either scope). */
@RestController
@RequestMapping(path = "/api/v1/staff", produces = MediaType.APPLICATION_JSON_VALUE)
class StaffAnalyticsApi {

    private final Figures figures;

    StaffAnalyticsApi(Figures figures) {
        this.figures = figures;
    }

    @GetMapping("/analytics")
    Figures.NewsroomFigures newsroom(@RequestParam(defaultValue = "30") int days) {
        return figures.ofNewsroom(Figures.period(days));
    }

    @GetMapping("/releases/{id}/analytics")
    Figures.ReleaseFigures release(@PathVariable long id) {
        return figures.ofRelease(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such release"));
    }
}
