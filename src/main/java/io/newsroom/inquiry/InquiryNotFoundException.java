package io.newsroom.inquiry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class InquiryNotFoundException extends RuntimeException {

    InquiryNotFoundException(long id) {
        super("No inquiry " + id);
    }
}
