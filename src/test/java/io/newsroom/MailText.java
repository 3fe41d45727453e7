package io.newsroom;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The decoded text of a received message: its parts' text one after the other (plain, then HTML). */
public final class MailText {

    private MailText() {
    }

    public static String of(Part message) {
        try {
            return text(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws IOException, MessagingException {
        if (content instanceof String text) {
            return text;
        }
        var out = new StringBuilder();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                out.append(text(parts.getBodyPart(i).getContent()));
            }
        }
        return out.toString();
    }
}
