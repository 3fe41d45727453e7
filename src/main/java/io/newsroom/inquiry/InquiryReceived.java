package io.newsroom.inquiry;

import java.time.Instant;

/**
 * A journalist's inquiry was filed (and is not spam). It carries the personal data so that a
 * listener which is allowed to pass it on can; a listener that is not must leave it out.
 *
 * @param releaseSlug the release it is about, or null
 */
public record InquiryReceived(String reference, Topic topic, String releaseSlug, Instant receivedAt, String name,
                              String email, String organization, String phone, String message) {
}
