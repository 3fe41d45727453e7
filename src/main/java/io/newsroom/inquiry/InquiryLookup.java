package io.newsroom.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the inbox and the contact form read of inquiries: the controllers read here. A new inquiry
 * is filed by {@link InquiryIntake}; what the PR team does with one is {@link InquiryDesk}.
 */
@Service
@Transactional(readOnly = true)
class InquiryLookup {

    private final Inquiries inquiries;
    private final InquiryNotes notes;

    InquiryLookup(Inquiries inquiries, InquiryNotes notes) {
        this.inquiries = inquiries;
        this.notes = notes;
    }

    Optional<Inquiry> find(long id) {
        return inquiries.findById(id);
    }

    /** The inquiry a form with this one-time token became: a second press of "Send" finds the first. */
    Optional<Inquiry> sentWith(String formToken) {
        return formToken == null ? Optional.empty() : inquiries.findByFormToken(formToken);
    }

    long countNew() {
        return inquiries.countByStatus(InquiryStatus.NEW);
    }

    Page<Inquiry> search(InquiryStatus status, Topic topic, Instant from, Instant until, String textLike, Pageable page) {
        return inquiries.search(status, topic, from, until, textLike, page);
    }

    List<Inquiry> export(InquiryStatus status, Topic topic, Instant from, Instant until, String textLike) {
        return inquiries.export(status, topic, from, until, textLike);
    }

    /** The thread of an inquiry: notes, status changes and replies, oldest first. */
    List<InquiryNote> thread(long id) {
        return notes.findByInquiryIdOrderById(id);
    }
}
