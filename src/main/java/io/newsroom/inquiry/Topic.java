package io.newsroom.inquiry;

/** What a journalist asks about. */
public enum Topic {
    RELEASE, INTERVIEW, MATERIALS, OTHER
}
