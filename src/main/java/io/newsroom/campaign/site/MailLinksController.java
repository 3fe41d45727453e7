package io.newsroom.campaign.site;

import java.util.Base64;
import java.util.List;

import io.newsroom.settings.Languages;
import io.newsroom.web.AccessRules;
import io.newsroom.web.RequestLanguage;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The addresses in a campaign message. Unsubscribing takes a POST: the page behind the link asks
 * first, so that a mail scanner following links unsubscribes nobody, while mail clients' one-click
 * unsubscribe (RFC 8058) posts straight to it.
 */
@Controller
class MailLinksController {

    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final Responses responses;
    private final Languages languages;

    MailLinksController(Responses responses, Languages languages) {
        this.responses = responses;
        this.languages = languages;
    }

    @GetMapping("/mail/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        var recipient = responses.recipient(token).orElseThrow(MailLinksController::notFound);
        speak(recipient.getLanguage());
        model.addAttribute("token", token);
        model.addAttribute("done", recipient.getUnsubscribedAt() != null);
        return "campaign/unsubscribe";
    }

    @PostMapping("/mail/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        var recipient = responses.unsubscribe(token).orElseThrow(MailLinksController::notFound);
        speak(recipient.getLanguage());
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "campaign/unsubscribe";
    }

    @GetMapping("/mail/c/{token}")
    ResponseEntity<Void> click(@PathVariable String token, @RequestParam(required = false) String u,
                               @RequestParam(required = false) String s) {
        String target = responses.click(token, u, s).orElseThrow(MailLinksController::notFound);
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", target)
                .cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer").build();
    }

    @GetMapping("/mail/o/{token}.gif")
    ResponseEntity<byte[]> opened(@PathVariable String token) {
        responses.opened(token);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_GIF).cacheControl(CacheControl.noStore()).body(PIXEL);
    }

    /** The page in the recipient's language, when the newsroom speaks it. */
    private void speak(String language) {
        if (language != null) {
            languages.byCode(language).ifPresent(RequestLanguage::use);
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** One-click unsubscribe posts without a form: the token in the address is the proof. */
    @Component
    static class CampaignLinkRules implements AccessRules {

        @Override
        public List<String> withoutCsrf() {
            return List.of("POST /mail/unsubscribe/*");
        }
    }
}
