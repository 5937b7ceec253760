package org.safereturn.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may be sent to: HTTPS only, and never to a loopback, private, link-local or
 * otherwise internal address, so that a partner cannot make the backend call into its own network.
 * The address is checked when the endpoint is registered and again before every delivery (a name
 * may resolve elsewhere later), and the delivery then connects to the very address that was
 * checked ({@link Checked#address}), so a name that resolves to a public address for the check and to
 * an internal one a moment later (DNS rebinding) cannot redirect it. Hosts named in
 * {@code insecureHosts} may use plain HTTP and internal addresses, for tests and local development.
 */
final class WebhookTargets {
    private final List<String> insecureHosts;
    private final Resolver resolver;

    /** Name resolution, replaceable in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    WebhookTargets(List<String> insecureHosts, Resolver resolver) {
        this.insecureHosts = insecureHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        this.resolver = resolver;
    }

    /** A URL that passed the check, with the address its host resolved to then; or why it was refused. */
    record Checked(URI uri, InetAddress address, String refusal) {
        static Checked refused(String why) {
            return new Checked(null, null, why);
        }

        boolean ssl() {
            return "https".equalsIgnoreCase(uri.getScheme());
        }

        int port() {
            return uri.getPort() >= 0 ? uri.getPort() : ssl() ? 443 : 80;
        }

        String host() {
            String host = uri.getHost();
            return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        }

        String pathAndQuery() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** Why the URL is refused, or empty when it may be used. */
    Optional<String> refusal(String url) {
        return Optional.ofNullable(check(url).refusal());
    }

    /** Checks the URL and resolves its host once; a delivery connects to the address returned. */
    Checked check(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Checked.refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (host == null || !uri.isAbsolute() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Checked.refused("must be an absolute URL with a host, without user info or fragment");
        }
        boolean exempt = insecureHosts.contains(host);
        if (!scheme.equals("https") && !(exempt && scheme.equals("http"))) {
            return Checked.refused("must use HTTPS");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Checked.refused("has a host name that does not resolve");
        }
        if (addresses.length == 0) {
            return Checked.refused("has a host name that does not resolve");
        }
        if (!exempt) {
            for (InetAddress address : addresses) {
                if (internal(address)) {
                    return Checked.refused("points to a private or internal address");
                }
            }
        }
        return new Checked(uri, addresses[0], null);
    }

    static boolean internal(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;                       // fc00::/7
            byte[] embedded = embeddedV4(b);
            if (embedded != null) {
                try {
                    return internal(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        int first = b[0] & 0xff, second = b[1] & 0xff;
        return first == 0                                                    // 0.0.0.0/8
                || (first == 100 && second >= 64 && second <= 127)          // carrier-grade NAT 100.64/10
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0)       // 192.0.0.0/24
                || (first == 198 && (second == 18 || second == 19))          // benchmarking 198.18/15
                || first >= 240;                                             // reserved and broadcast
    }

    /**
     * The IPv4 address an IPv6 address carries, judged as that IPv4 address: IPv4-mapped
     * (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d and the local-use
     * 64:ff9b:1::/48) and 6to4 (2002:a.b.c.d::); null for any other IPv6 address.
     */
    static byte[] embeddedV4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xff) <= 1);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        if (mapped || compatible || nat64) {
            return java.util.Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return java.util.Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }
}
