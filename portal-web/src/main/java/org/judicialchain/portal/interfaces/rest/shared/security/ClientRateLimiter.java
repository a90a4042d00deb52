package org.judicialchain.portal.interfaces.rest.shared.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may send {@code burst} requests at once, then
 * {@code perSecond} a second on average. Buckets live in this instance's memory, so behind a load
 * balancer each instance limits on its own (the limit a client sees is at most instances x burst):
 * acceptable for a guard against scraping and floods, which is all it is.
 */
public final class ClientRateLimiter {

    /** Past this many tracked clients, idle (full) buckets are dropped, so a flood of addresses cannot fill memory. */
    static final int MAX_TRACKED_CLIENTS = 100_000;

    private final double burst;
    private final double perNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** What the limiter answers: allowed, or refused with the whole seconds to wait for the next token. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOW = new Decision(true, 0);
    }

    public ClientRateLimiter(int burst, double perSecond, LongSupplier nanoTime) {
        if (burst < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("rate limit needs burst >= 1 and a positive rate per second, got burst "
                    + burst + " and " + perSecond + "/s");
        }
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.nanoTime = nanoTime;
    }

    public Decision tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= MAX_TRACKED_CLIENTS && !buckets.containsKey(client)) {
            dropIdle(now);
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now);
    }

    int trackedClients() {
        return buckets.size();
    }

    private void dropIdle(long now) {
        buckets.values().removeIf(b -> b.isFullAt(now));
        if (buckets.size() >= MAX_TRACKED_CLIENTS) {
            buckets.clear(); // every tracked client is active: forgetting them costs each one at most one more burst
        }
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Decision.ALLOW;
            }
            double nanosToNext = (1 - tokens) / perNano;
            return new Decision(false, Math.max(1, (long) Math.ceil(nanosToNext / 1e9)));
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }
    }
}
