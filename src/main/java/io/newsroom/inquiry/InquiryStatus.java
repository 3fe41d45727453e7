package io.newsroom.inquiry;

public enum InquiryStatus {
    NEW, IN_PROGRESS, ANSWERED, SPAM, CLOSED
}
