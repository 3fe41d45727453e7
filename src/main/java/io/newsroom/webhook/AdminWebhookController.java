package io.newsroom.webhook;

import jakarta.validation.Valid;

import io.newsroom.account.Staff;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMINs register webhook endpoints, read each one's delivery log, and send a delivery again. */
@Controller
@RequestMapping("/admin/webhooks")
class AdminWebhookController {

    private final Webhooks webhooks;
    private final Destinations destinations;

    AdminWebhookController(Webhooks webhooks, Destinations destinations) {
        this.webhooks = webhooks;
        this.destinations = destinations;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WebhookForm.empty());
        }
        return listPage(model);
    }

    @PostMapping
    String register(@AuthenticationPrincipal Staff staff, @Valid @ModelAttribute("form") WebhookForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("url")) {
            destinations.problemWith(form.url()).ifPresent(problem ->
                    result.rejectValue("url", problem.messageKey(), new Object[] {problem.detail()}, null));
        }
        if (result.hasErrors()) {
            return listPage(model);
        }
        var registered = webhooks.register(form, staff);
        // shown once, on the next page: receivers need it to check signatures
        redirect.addFlashAttribute("newSecret", registered.secret());
        redirect.addFlashAttribute("notice", "webhooks.registered");
        return "redirect:/admin/webhooks/" + registered.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var endpoint = webhooks.endpoint(id).orElseThrow(AdminWebhookController::notFound);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("deliveries", webhooks.deliveries(id, 50));
        return "webhook/endpoint";
    }

    @PostMapping("/{id}/ping")
    String ping(@PathVariable long id, RedirectAttributes redirect) {
        webhooks.ping(webhooks.endpoint(id).orElseThrow(AdminWebhookController::notFound));
        redirect.addFlashAttribute("notice", "webhooks.pinged");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(@AuthenticationPrincipal Staff staff, @PathVariable long id, @PathVariable long deliveryId,
                     RedirectAttributes redirect) {
        if (!webhooks.redeliver(id, deliveryId, staff)) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", "webhooks.redelivering");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/{id}/delete")
    String remove(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        if (!webhooks.remove(id, staff)) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", "webhooks.removed");
        return "redirect:/admin/webhooks";
    }

    private String listPage(Model model) {
        model.addAttribute("endpoints", webhooks.endpoints());
        model.addAttribute("events", WebhookEvent.subscribable());
        return "webhook/list";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
