package io.newsroom.release.editor;

import java.time.Clock;

import io.newsroom.account.Staff;
import io.newsroom.release.model.ReleaseAutosaves;
import io.newsroom.release.model.ReleaseDesk;
import io.newsroom.release.model.StaffReleaseLookup;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor's autosave: what staff type is kept a few seconds after each change, for them alone,
 * apart from the release (see {@link ReleaseAutosaves}), and given back when they open it again.
 * {@code new} stands for the new release they are writing.
 */
@RestController
class AutosaveController {

    private final ReleaseAutosaves autosaves;
    private final StaffReleaseLookup lookup;
    private final Clock clock;

    AutosaveController(ReleaseAutosaves autosaves, StaffReleaseLookup lookup, Clock clock) {
        this.autosaves = autosaves;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** When the text was kept, for "Draft kept at 10:42". */
    record Kept(String savedAt) {
    }

    /** The text given back, and when it was kept. */
    record Restored(String title, String summary, String body, Long version, String savedAt) {
    }

    @PostMapping("/admin/releases/new/autosave")
    Kept keepNew(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "") String title,
                 @RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String body) {
        return kept(staff, null, new ReleaseAutosaves.Autosave(title, summary, body, null, clock.instant()));
    }

    @PostMapping("/admin/releases/{id}/autosave")
    Kept keep(@AuthenticationPrincipal Staff staff, @PathVariable long id, @RequestParam(defaultValue = "") String title,
              @RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String body,
              @RequestParam(required = false) Long version) {
        return kept(staff, existing(id), new ReleaseAutosaves.Autosave(title, summary, body, version, clock.instant()));
    }

    @GetMapping("/admin/releases/new/autosave")
    ResponseEntity<Restored> findNew(@AuthenticationPrincipal Staff staff) {
        return restored(staff, null);
    }

    @GetMapping("/admin/releases/{id}/autosave")
    ResponseEntity<Restored> find(@AuthenticationPrincipal Staff staff, @PathVariable long id) {
        return restored(staff, existing(id));
    }

    @PostMapping("/admin/releases/new/autosave/discard")
    ResponseEntity<Void> discardNew(@AuthenticationPrincipal Staff staff) {
        autosaves.discard(staff.id(), null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/admin/releases/{id}/autosave/discard")
    ResponseEntity<Void> discard(@AuthenticationPrincipal Staff staff, @PathVariable long id) {
        autosaves.discard(staff.id(), existing(id));
        return ResponseEntity.noContent().build();
    }

    private Kept kept(Staff staff, Long releaseId, ReleaseAutosaves.Autosave text) {
        if (text.title().length() > ReleaseAutosaves.MAX_TITLE || text.summary().length() > ReleaseAutosaves.MAX_SUMMARY
                || text.body().length() > ReleaseDesk.Text.MAX_BODY) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "Longer than a release may be");
        }
        autosaves.keep(staff.id(), releaseId, text);
        return new Kept(text.savedAt().toString());
    }

    private ResponseEntity<Restored> restored(Staff staff, Long releaseId) {
        return autosaves.find(staff.id(), releaseId)
                .map(kept -> ResponseEntity.ok(new Restored(kept.title(), kept.summary(), kept.body(),
                        kept.baseVersion(), kept.savedAt().toString())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    private long existing(long id) {
        return lookup.release(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).getId();
    }
}
