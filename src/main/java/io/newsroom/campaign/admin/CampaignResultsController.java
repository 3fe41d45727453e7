package io.newsroom.campaign.admin;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.newsroom.campaign.model.CampaignQueries;
import io.newsroom.campaign.model.Recipient;
import io.newsroom.mail.MailStatus;
import io.newsroom.mail.Outbox;
import io.newsroom.release.ReleaseMailing;
import io.newsroom.web.Csv;
import io.newsroom.web.Pagination;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a campaign did: per campaign and per recipient, with the outbox's word on each message. */
@Controller
class CampaignResultsController {

    private static final int PAGE_SIZE = 100;

    private final CampaignQueries queries;
    private final Outbox outbox;
    private final ReleaseMailing releases;

    CampaignResultsController(CampaignQueries queries, Outbox outbox, ReleaseMailing releases) {
        this.queries = queries;
        this.outbox = outbox;
        this.releases = releases;
    }

    /** One recipient's line: who, which language version, and what became of their message. */
    record Line(Recipient recipient, String delivery) {
    }

    @GetMapping("/admin/campaigns/{id}/results")
    String results(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
                   Model model) {
        var campaign = queries.find(id).orElseThrow(AdminCampaignController::notFound);
        int current = Math.max(1, page);
        var found = queries.recipients(id, PageRequest.of(current - 1, PAGE_SIZE));
        model.addAttribute("campaign", campaign);
        model.addAttribute("release", releases.find(campaign.getReleaseId()).orElse(null));
        model.addAttribute("figures", queries.figures(id));
        model.addAttribute("mail", outbox.countByStatus("campaign:" + id));
        model.addAttribute("lines", lines(found.getContent()));
        model.addAttribute("pagination", Pagination.of(current, found.getTotalPages(),
                n -> "/admin/campaigns/" + id + "/results?page=" + n));
        return "admin/campaigns/results";
    }

    @GetMapping("/admin/campaigns/{id}/recipients.csv")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        queries.find(id).orElseThrow(AdminCampaignController::notFound);
        var all = lines(queries.recipients(id, Pageable.unpaged()).getContent());
        return Csv.download("campaign-" + id + ".csv", List.of("Email", "Name", "Outlet", "Language", "Message", "Delivered",
                        "Bounced", "Bounce", "Unsubscribed", "Clicks", "Opened", "Replied"), all,
                line -> {
                    var r = line.recipient();
                    return List.of(r.getEmail(), text(r.name()), text(r.getOutlet()), text(r.getLanguage()), line.delivery(),
                            time(r.getDeliveredAt()), time(r.getBouncedAt()), text(r.getBounce()),
                            time(r.getUnsubscribedAt()), String.valueOf(r.getClicks()), time(r.getOpenedAt()),
                            time(r.getRepliedAt()));
                });
    }

    @PostMapping("/admin/campaigns/{id}/recipients/{recipientId}/revoke-link")
    String revoke(@PathVariable long id, @PathVariable long recipientId, RedirectAttributes redirect) {
        var recipient = queries.recipient(id, recipientId).filter(r -> r.getEmbargoToken() != null)
                .orElseThrow(AdminCampaignController::notFound);
        releases.revokeEmbargoLink(recipient.getEmbargoToken());
        redirect.addFlashAttribute("notice", "campaigns.link-revoked");
        return "redirect:/admin/campaigns/" + id + "/results";
    }

    private List<Line> lines(List<Recipient> recipients) {
        var deliveries = outbox.deliveries(recipients.stream().map(Recipient::getMailMessageId)
                .filter(Objects::nonNull).toList());
        return recipients.stream().map(r -> new Line(r, r.getMailMessageId() == null ? r.getStatus().name()
                : Optional.ofNullable(deliveries.get(r.getMailMessageId())).map(d -> d.status().name())
                .orElse(MailStatus.SENT.name()))).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String time(Instant at) {
        return at == null ? "" : at.toString();
    }
}
