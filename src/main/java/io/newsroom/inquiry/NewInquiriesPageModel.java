package io.newsroom.inquiry;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.newsroom.web.PageModel;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

/** The number of new inquiries, for the admin navigation. */
@Component
class NewInquiriesPageModel implements PageModel {

    private final InquiryLookup inquiries;

    NewInquiriesPageModel(InquiryLookup inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public void addTo(HttpServletRequest request, Locale locale, Map<String, Object> model) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if (path.startsWith("/admin") && !path.startsWith("/admin/login")) {
            model.putIfAbsent("newInquiries", inquiries.countNew());
        }
    }
}
