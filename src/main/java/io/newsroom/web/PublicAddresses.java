package io.newsroom.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.apache.hc.client5.http.DnsResolver;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Where the newsroom may connect on someone's say-so (a webhook's endpoint, an image pasted from
 * another site): public addresses only (no loopback, link-local, private, carrier-grade NAT,
 * multicast or reserved address, nor an IPv6 form of one: mapped, compatible, NAT64, 6to4 or
 * Teredo), unless a network is allowed by configuration. As an HTTP client's resolver it is also
 * the pin: a host name is resolved once per connection, every address checked, and the connection
 * goes only to those checked addresses, so a name that answers differently a moment later (DNS
 * rebinding) cannot lead anywhere else; a redirect is resolved through it too.
 */
public class PublicAddresses implements DnsResolver {

    private final List<IpAddressMatcher> allowed;

    /** @param allowedNetworks private networks (CIDR) that may be reached nevertheless */
    public PublicAddresses(List<String> allowedNetworks) {
        this.allowed = allowedNetworks.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
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

    public static boolean isPublic(InetAddress address) {
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

    /** A host whose addresses include one that may not be reached. */
    public static final class Refused extends UnknownHostException {
        Refused(String message) {
            super(message);
        }
    }
}
