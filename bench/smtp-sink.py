"""A local SMTP sink for bench/campaign: takes every message, keeps nothing but the second it
arrived, one line per message in the file given (loopback only)."""
import asyncore
import smtpd
import socket
import sys
import time
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)
# smtpd looks up this host's name for every connection's greeting: a DNS query each time, which
# made the sink, not the app, the bottleneck (23 connections a second)
socket.getfqdn = lambda name="": "sink.localhost"


class Sink(smtpd.SMTPServer):
    def __init__(self, port, log):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.log = open(log, "a", buffering=1)

    def handle_accepted(self, conn, addr):
        # without it, Nagle's algorithm and the client's delayed ACK add 40 ms to every exchange
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().handle_accepted(conn, addr)

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        self.log.write("%.3f %s %s\n" % (time.time(), rcpttos[0], mailfrom))
        return None


Sink(int(sys.argv[1]), sys.argv[2])
asyncore.loop(timeout=0.5)
