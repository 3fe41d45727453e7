package io.newsroom.inquiry;

import java.util.Arrays;
import java.util.List;

import io.newsroom.settings.SettingsLookup;
import io.newsroom.web.Choice;
import io.newsroom.web.Csv;
import io.newsroom.web.Pagination;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The PR team's inbox of journalists' inquiries: the list and its CSV export. See {@link InquiryThreadController}. */
@Controller
class AdminInquiryController {

    private static final int PAGE_SIZE = 25;

    private final InquiryLookup inquiries;
    private final SettingsLookup settings;

    AdminInquiryController(InquiryLookup inquiries, SettingsLookup settings) {
        this.inquiries = inquiries;
        this.settings = settings;
    }

    @GetMapping("/admin/inquiries")
    String list(@ModelAttribute("filter") InquiryFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        int current = Math.max(page, 1);
        var zone = settings.current().timeZone();
        var found = inquiries.search(filter.status(), filter.topic(), filter.fromInstant(zone), filter.untilInstant(zone),
                filter.textPattern(), PageRequest.of(current - 1, PAGE_SIZE));
        model.addAttribute("inquiries", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("statusChoices", Choice.ofMessages(List.of(InquiryStatus.values()), "inquiry.status.",
                s -> s == filter.status()));
        model.addAttribute("topicChoices", Choice.ofMessages(List.of(Topic.values()), "topic.", t -> t == filter.topic()));
        model.addAttribute("pagination", Pagination.of(current, found.getTotalPages(),
                n -> filter.url("/admin/inquiries", n)));
        model.addAttribute("exportUrl", filter.url("/admin/inquiries.csv", 1));
        return "admin/inquiry/list";
    }

    @GetMapping("/admin/inquiries.csv")
    ResponseEntity<byte[]> export(@ModelAttribute InquiryFilter filter) {
        var zone = settings.current().timeZone();
        return Csv.download("inquiries.csv", List.of("Reference", "Received", "Status", "Topic", "Name", "Email",
                        "Organization", "Phone", "Message"),
                inquiries.export(filter.status(), filter.topic(), filter.fromInstant(zone), filter.untilInstant(zone),
                        filter.textPattern()),
                inquiry -> Arrays.asList(inquiry.getReference(),
                        inquiry.getCreatedAt().atZone(zone).toLocalDateTime().withNano(0).toString(),
                        inquiry.getStatus().name(), inquiry.getTopic().name(), inquiry.getName(), inquiry.getEmail(),
                        inquiry.getOrganization(), inquiry.getPhone(), inquiry.getMessage()));
    }

}
