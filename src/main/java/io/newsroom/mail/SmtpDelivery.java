package io.newsroom.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.SocketFactory;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * One SMTP conversation per message, with an overall deadline: Jakarta Mail's timeouts bound each
 * read, so a server that dribbles a byte at a time could hold a send for ever. When the deadline
 * passes, the sockets of the conversation are closed under it, and the send fails. That covers
 * plain SMTP and STARTTLS; with {@code spring.mail.protocol=smtps} only Jakarta Mail's own
 * timeouts apply, as its TLS sockets come from a factory of their own.
 */
@Component
class SmtpDelivery {

    private final JavaMailSenderImpl sender;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "mail-deadline");
        thread.setDaemon(true);
        return thread;
    });

    SmtpDelivery(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    /** A session to build messages in; sending uses a session of its own. */
    Session session() {
        return sender.getSession();
    }

    /**
     * @param returnPath the envelope sender for bounces to go to (VERP), with delivery status
     *                   notifications asked for where the server offers them; null: the From address
     */
    void send(MimeMessage message, Duration deadline, String returnPath) throws MessagingException {
        var sockets = new CapturingSocketFactory();
        String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
        var properties = new Properties();
        properties.putAll(sender.getJavaMailProperties());
        if (protocol.equals("smtp")) {
            properties.put("mail.smtp.socketFactory", sockets);
        }
        if (returnPath != null) {
            properties.put("mail.smtp.from", returnPath);
            properties.put("mail.smtp.dsn.notify", "SUCCESS,FAILURE");
            properties.put("mail.smtp.dsn.ret", "HDRS");
        }
        var session = Session.getInstance(properties);
        var expired = new AtomicBoolean();
        var timer = watchdog.schedule(() -> {
            expired.set(true);
            sockets.closeAll();
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try (var transport = session.getTransport(protocol)) {
            transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            if (expired.get()) {
                throw new MessagingException("No answer from the mail server within " + deadline.toSeconds() + " s", e);
            }
            throw e;
        } finally {
            timer.cancel(false);
            sockets.closeAll();
        }
    }

    /** The SMTP reply code of a permanent refusal (5xx), or 0 when another try may succeed. */
    static int permanentCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            int code = t instanceof SMTPSendFailedException sent ? sent.getReturnCode()
                    : t instanceof SMTPAddressFailedException address ? address.getReturnCode() : 0;
            if (code >= 500 && code < 600) {
                return code;
            }
        }
        return 0;
    }

    /** The server's own words for a refusal, from the innermost exception that has them. */
    static String reply(Throwable failure) {
        String words = failure.getMessage();
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                words = t.getMessage().strip();
            }
        }
        return words;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != t) {
            return messaging.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** Remembers every socket it made, so that the deadline can close them. */
    private static final class CapturingSocketFactory extends SocketFactory {

        private final List<Socket> sockets = new CopyOnWriteArrayList<>();

        void closeAll() {
            for (Socket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closed already
                }
            }
        }

        private Socket keep(Socket socket) {
            sockets.add(socket);
            return socket;
        }

        @Override
        public Socket createSocket() {
            return keep(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return keep(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return keep(new Socket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return keep(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return keep(new Socket(host, port, local, localPort));
        }
    }
}
