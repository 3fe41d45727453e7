package io.newsroom.campaign.admin;

import java.util.List;

import io.newsroom.account.Staff;
import io.newsroom.campaign.delivery.CampaignMails;
import io.newsroom.campaign.delivery.Dispatch;
import io.newsroom.campaign.model.Campaign;
import io.newsroom.campaign.model.CampaignQueries;
import io.newsroom.contacts.ContactLookup;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A campaign's message as one of its recipients would get it: on the page, or as a test to oneself. */
@Controller
class CampaignPreviewController {

    private final CampaignQueries queries;
    private final ContactLookup contacts;
    private final CampaignMails mails;
    private final Dispatch dispatch;

    CampaignPreviewController(CampaignQueries queries, ContactLookup contacts, CampaignMails mails, Dispatch dispatch) {
        this.queries = queries;
        this.contacts = contacts;
        this.mails = mails;
        this.dispatch = dispatch;
    }

    @GetMapping("/admin/campaigns/{id}/preview")
    String preview(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                   @RequestParam(required = false) Long contact, Model model) {
        var campaign = queries.find(id).orElseThrow(AdminCampaignController::notFound);
        var people = contacts.recipients(campaign.listIds(), campaign.segmentIds());
        var as = addressee(campaign, people, contact, staff);
        var version = mails.versionFor(as.language(), mails.versions(campaign), campaign.getReleaseId());
        model.addAttribute("campaign", campaign);
        model.addAttribute("people", people.subList(0, Math.min(people.size(), 500)));
        model.addAttribute("chosen", contact);
        version.ifPresent(v -> model.addAttribute("rendered", mails.render(campaign, as, v,
                v.embargoed() ? "…" : null, "campaign")));
        return "admin/campaigns/preview";
    }

    @PostMapping("/admin/campaigns/{id}/test")
    String test(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                @RequestParam(required = false) Long contact, RedirectAttributes redirect) {
        var campaign = queries.find(id).orElseThrow(AdminCampaignController::notFound);
        var people = contacts.recipients(campaign.listIds(), campaign.segmentIds());
        boolean sent = dispatch.testSend(campaign, addressee(campaign, people, contact, staff), staff);
        redirect.addFlashAttribute(sent ? "notice" : "problem", sent ? "campaigns.test-sent" : "campaigns.release-not-mailable");
        redirect.addFlashAttribute("testTo", staff.email());
        return "redirect:/admin/campaigns/" + id + "/preview" + (contact == null ? "" : "?contact=" + contact);
    }

    /** The chosen contact, else the first recipient, else the staff member themselves. */
    private static CampaignMails.Addressee addressee(Campaign campaign, List<ContactLookup.Recipient> people,
                                                    Long contact, Staff staff) {
        var person = people.stream().filter(p -> contact != null && p.contactId() == contact).findFirst()
                .or(() -> people.stream().findFirst());
        return person.map(p -> new CampaignMails.Addressee(p.email(), p.firstName(), p.lastName(), p.outlet(),
                        p.language(), "preview"))
                .orElseGet(() -> new CampaignMails.Addressee(staff.email(), staff.getDisplayName(), null, null, null,
                        "preview"));
    }
}
