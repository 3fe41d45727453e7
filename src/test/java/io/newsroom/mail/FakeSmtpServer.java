package io.newsroom.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An SMTP server that misbehaves on purpose, the ways real ones do on a bad day: it can take a
 * message and never answer, dribble its greeting a byte at a time, or refuse a recipient for good.
 * It keeps every message it was given, whatever it answered.
 */
final class FakeSmtpServer implements AutoCloseable {

    enum Behaviour { ANSWER, STALL_AFTER_DATA, DRIBBLE_GREETING, REFUSE_RECIPIENT }

    private final ServerSocket server;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour;
    /** Counted down on close: a stalling conversation ends then, rather than after its pause. */
    private final CountDownLatch closed = new CountDownLatch(1);

    FakeSmtpServer(int port, Behaviour behaviour) {
        this.behaviour = behaviour;
        try {
            server = new ServerSocket(port);
            server.setReuseAddress(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    clients.add(client);
                    daemon(() -> converse(client));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    void behave(Behaviour next) {
        behaviour = next;
    }

    /** Every message handed over (the text after DATA), answered or not. */
    List<String> received() {
        return received;
    }

    private void converse(Socket client) {
        try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = client.getOutputStream()) {
            if (behaviour == Behaviour.DRIBBLE_GREETING) {
                for (byte b : "220 slow.example ESMTP ".repeat(1000).getBytes(StandardCharsets.US_ASCII)) {
                    out.write(b);
                    out.flush();
                    if (closed.await(300, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
                return;
            }
            say(out, "220 fake.example ESMTP");
            for (String line; (line = in.readLine()) != null; ) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    say(out, "250 fake.example");
                } else if (command.startsWith("RCPT") && behaviour == Behaviour.REFUSE_RECIPIENT) {
                    say(out, "550 5.1.1 No such user here");
                } else if (command.startsWith("DATA")) {
                    say(out, "354 Go ahead");
                    var message = new StringBuilder();
                    for (String data; (data = in.readLine()) != null && !data.equals("."); ) {
                        message.append(data).append('\n');
                    }
                    received.add(message.toString());
                    if (behaviour == Behaviour.STALL_AFTER_DATA) {
                        closed.await(60, TimeUnit.SECONDS); // took it, never says so
                        return;
                    }
                    say(out, "250 Queued");
                } else if (command.startsWith("QUIT")) {
                    say(out, "221 Bye");
                    return;
                } else {
                    say(out, "250 OK");
                }
            }
        } catch (IOException | InterruptedException ended) {
            // the client hung up, or the test is over
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void daemon(Runnable work) {
        var thread = new Thread(work, "fake-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            server.close();
            for (Socket client : clients) {
                client.close();
            }
        } catch (IOException ignored) {
            // closed already
        }
    }
}
