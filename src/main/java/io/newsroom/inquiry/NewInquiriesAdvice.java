package io.newsroom.inquiry;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;

/** The number of new inquiries, for the admin navigation. */
@ControllerAdvice
class NewInquiriesAdvice {

    private final InquiryLookup inquiries;

    NewInquiriesAdvice(InquiryLookup inquiries) {
        this.inquiries = inquiries;
    }

    @ModelAttribute("newInquiries")
    Long newInquiries(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        // only pages show it: no count for the POSTs that redirect
        boolean page = "GET".equals(request.getMethod()) && path.startsWith("/admin") && !path.startsWith("/admin/login");
        return page ? inquiries.countNew() : null;
    }
}
