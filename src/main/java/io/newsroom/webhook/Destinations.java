package io.newsroom.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go: public addresses only (no loopback, link-local, private, carrier-grade NAT,
 * multicast or reserved address, nor an IPv6 form of one: mapped, compatible, NAT64, 6to4 or Teredo), unless {@code newsroom.webhooks.allowed-networks}
 * names the network. As the HTTP client's resolver it is also the pin: a host name is resolved once
 * per connection, every address checked, and the connection goes only to those checked addresses,
 * so a name that answers differently a moment later (DNS rebinding) cannot lead anywhere else.
 */
@Component
class Destinations implements DnsResolver {

    private final List<IpAddressMatcher> allowed;

    Destinations(WebhookProperties properties) {
        this.allowed = properties.allowedNetworks().stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    /** Why an ADMIN's URL cannot be an endpoint (a message key and its argument), or nothing. */
    Optional<Problem> problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of(new Problem("webhooks.url.invalid", url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return Optional.of(new Problem("webhooks.url.invalid", url));
        }
        try {
            resolve(uri.getHost());
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(new Problem("webhooks.url.private", refused.getMessage()));
        } catch (UnknownHostException unknown) {
            return Optional.of(new Problem("webhooks.url.unknown-host", uri.getHost()));
        }
    }

    record Problem(String messageKey, String detail) {
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        for (var address : addresses) {
            if (!permitted(address)) {
                throw new Refused(host + " resolves to " + address.getHostAddress()
                        + ", which is not a public address");
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    private boolean permitted(InetAddress address) {
        return isPublic(address) || allowed.stream().anyMatch(network -> network.matches(address.getHostAddress()));
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0 || first >= 240                               // "this network", reserved, broadcast
                    || first == 100 && (second & 0xc0) == 64                    // carrier-grade NAT 100.64.0.0/10
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0        // IETF protocol assignments
                    || first == 198 && (second & 0xfe) == 18);                  // benchmarking 198.18.0.0/15
        }
        if ((b[0] & 0xfe) == 0xfc) {                                            // unique local fc00::/7
            return false;
        }
        boolean mapped = zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zero(b, 0, 12);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zero(b, 4, 12);
        if (mapped || compatible || nat64) {                                    // an IPv4 address in IPv6 clothes
            return isPublicIpv4(Arrays.copyOfRange(b, 12, 16));
        }
        if ((b[0] & 0xff) == 0x20 && b[1] == 0x02) {                            // 6to4 2002::/16: IPv4 in bits 16-48
            return isPublicIpv4(Arrays.copyOfRange(b, 2, 6));
        }
        if ((b[0] & 0xff) == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {  // Teredo 2001::/32: client IPv4 inverted
            byte[] client = Arrays.copyOfRange(b, 12, 16);
            for (int i = 0; i < client.length; i++) {
                client[i] = (byte) ~client[i];
            }
            return isPublicIpv4(Arrays.copyOfRange(b, 4, 8)) && isPublicIpv4(client);
        }
        return !((b[0] & 0xff) == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8); // documentation
    }

    private static boolean isPublicIpv4(byte[] address) {
        try {
            return isPublic(InetAddress.getByAddress(address));
        } catch (UnknownHostException impossible) {
            return false;
        }
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** A host whose addresses include one that webhooks may not reach. */
    static final class Refused extends UnknownHostException {
        Refused(String message) {
            super(message);
        }
    }
}
