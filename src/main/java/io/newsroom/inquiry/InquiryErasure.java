package io.newsroom.inquiry;

import io.newsroom.mail.AddressForgotten;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Someone asked to be forgotten: their inquiries and everything said on them go. */
@Component
class InquiryErasure {

    private final Inquiries inquiries;

    InquiryErasure(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    @EventListener
    void on(AddressForgotten forgotten) {
        inquiries.deleteByAddress(forgotten.address());
    }
}
