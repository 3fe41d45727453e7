package io.newsroom.inquiry;

import java.time.Clock;
import java.util.List;

import io.newsroom.account.Staff;
import io.newsroom.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the PR team does with an inquiry: notes, status, assignee, replies; each kept on its thread. */
@Service
class InquiryDesk {

    private final Inquiries inquiries;
    private final InquiryNotes notes;
    private final InquiryMails mails;
    private final AuditLog audit;
    private final Clock clock;

    InquiryDesk(Inquiries inquiries, InquiryNotes notes, InquiryMails mails, AuditLog audit, Clock clock) {
        this.inquiries = inquiries;
        this.notes = notes;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void note(long id, String body, Staff staff) {
        var inquiry = find(id);
        notes.save(new InquiryNote(inquiry.getId(), staff.getDisplayName(), InquiryNote.Kind.NOTE, body.strip(),
                clock.instant()));
    }

    @Transactional
    void changeStatus(long id, InquiryStatus status, Staff staff) {
        var inquiry = find(id);
        if (inquiry.getStatus() == status) {
            return;
        }
        inquiry.changeStatus(status, clock.instant());
        notes.save(new InquiryNote(id, staff.getDisplayName(), InquiryNote.Kind.STATUS, status.name(), clock.instant()));
        audit.record(staff.actor(), "inquiry.status-changed", inquiry.getReference() + " → " + status);
    }

    @Transactional
    void assign(long id, Long staffId, String staffName, Staff by) {
        var inquiry = find(id);
        inquiry.assignTo(staffId, clock.instant());
        audit.record(by.actor(), "inquiry.assigned", inquiry.getReference() + " → " + (staffName == null ? "nobody" : staffName));
    }

    /** The answer goes out through the outbox; it stays on the thread and the inquiry is answered. */
    @Transactional
    void reply(long id, String body, Staff staff) {
        var inquiry = find(id);
        mails.sendReply(inquiry, body.strip(), staff.getDisplayName());
        notes.save(new InquiryNote(id, staff.getDisplayName(), InquiryNote.Kind.REPLY, body.strip(), clock.instant()));
        inquiry.changeStatus(InquiryStatus.ANSWERED, clock.instant());
        audit.record(staff.actor(), "inquiry.answered", inquiry.getReference());
    }

    private Inquiry find(long id) {
        return inquiries.findById(id).orElseThrow(() -> new InquiryNotFoundException(id));
    }
}
