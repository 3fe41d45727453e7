package io.newsroom.release.model;

/** Review before publishing does not let this staff member do this; {@link #messageKey()} says why. */
public class ReviewRefusedException extends IllegalStateException {

    private final String messageKey;

    public ReviewRefusedException(String messageKey) {
        super("Refused by review before publishing (" + messageKey + ")");
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
