package io.newsroom.media;

/** An upload that is not an image this site takes; the message key says why, for the person uploading. */
public class ImageRejectedException extends Exception {

    private final String messageKey;

    ImageRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
