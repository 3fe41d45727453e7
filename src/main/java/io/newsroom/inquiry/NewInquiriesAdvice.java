package io.newsroom.inquiry;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of new inquiries, for the admin navigation. */
@ControllerAdvice
class NewInquiriesAdvice {

    private final Inquiries inquiries;

    NewInquiriesAdvice(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    @ModelAttribute("newInquiries")
    Long newInquiries(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/admin") && !path.startsWith("/admin/login") ? inquiries.countByStatus(InquiryStatus.NEW) : null;
    }
}
