package org.judicialchain.portal.interfaces.rest.shared.security;

import java.util.Set;

/**
 * The address a request came from, for per-client limits. Behind a load balancer or reverse proxy
 * every request arrives from the proxy, so X-Forwarded-For is read, but only when the direct peer
 * is one of the configured trusted proxies (anyone else could write any address there), and from
 * the right: the last address not added by a trusted proxy is the client.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public String of(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() <= 64 ? hop : hop.substring(0, 64); // a key, not an address we parse or trust further
            }
        }
        return remoteAddress;
    }
}
