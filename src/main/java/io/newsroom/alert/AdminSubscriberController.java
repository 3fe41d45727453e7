package io.newsroom.alert;

import java.util.List;
import java.util.Optional;

import io.newsroom.web.Csv;
import io.newsroom.web.Like;
import io.newsroom.web.Pagination;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** ADMIN only: who gets alerts, with counts, search, removal and a CSV export. */
@Controller
class AdminSubscriberController {

    private static final int PAGE_SIZE = 50;

    private final Alerts alerts;

    AdminSubscriberController(Alerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/admin/subscribers")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        int current = Math.max(page, 1);
        var found = alerts.subscribers(pattern(q), PageRequest.of(current - 1, PAGE_SIZE));
        model.addAttribute("subscribers", found.getContent());
        model.addAttribute("q", q);
        model.addAttribute("confirmed", alerts.count(Subscriber.Status.CONFIRMED));
        model.addAttribute("pending", alerts.count(Subscriber.Status.PENDING));
        model.addAttribute("unsubscribed", alerts.count(Subscriber.Status.UNSUBSCRIBED));
        model.addAttribute("pagination", Pagination.of(current, found.getTotalPages(), n -> UriComponentsBuilder
                .fromPath("/admin/subscribers").queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParam("page", n).encode().build().toUriString()));
        return "admin/subscribers";
    }

    @PostMapping("/admin/subscribers/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        alerts.remove(id);
        redirect.addFlashAttribute("notice", "subscribers.deleted");
        return "redirect:/admin/subscribers";
    }

    @GetMapping("/admin/subscribers.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q) {
        return Csv.download("subscribers.csv", List.of("Email", "Status", "Categories", "Since"),
                alerts.export(pattern(q)),
                s -> List.of(s.getEmail(), s.getStatus().name(), s.getCategories(), s.getCreatedAt().toString()));
    }

    private static String pattern(String q) {
        return Like.containing(q);
    }
}
