package io.newsroom.campaign.model;

import jakarta.persistence.Embeddable;

/** A list or a segment of the media list, by id: one of the two is set. */
@Embeddable
public record Audience(Long listId, Long segmentId) {
}
