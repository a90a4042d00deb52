package org.judicialchain.portal.interfaces.rest.shared.security;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong clock = new AtomicLong(42 * SECOND);

    @Test
    void aClientMaySpendItsBurstThenWaitsForTheRefill() {
        ClientRateLimiter limiter = new ClientRateLimiter(3, 0.5, clock::get);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("198.51.100.1").allowed()).as("request %d of the burst", i + 1).isTrue();
        }
        ClientRateLimiter.Decision refused = limiter.tryAcquire("198.51.100.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).as("one token every 2 s").isEqualTo(2);

        clock.addAndGet(SECOND);
        assertThat(limiter.tryAcquire("198.51.100.1").allowed()).as("half a token is not enough").isFalse();
        clock.addAndGet(SECOND);
        assertThat(limiter.tryAcquire("198.51.100.1").allowed()).isTrue();
        assertThat(limiter.tryAcquire("198.51.100.1").allowed()).isFalse();
    }

    @Test
    void clientsHaveBucketsOfTheirOwnAndAnIdleBucketRefillsOnlyToTheBurst() {
        ClientRateLimiter limiter = new ClientRateLimiter(2, 10, clock::get);
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).as("another client is not affected").isTrue();

        clock.addAndGet(3600 * SECOND);
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).as("an hour idle still gives only the burst").isFalse();
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, 1000, clock::get);
        limiter.tryAcquire("c");
        ClientRateLimiter.Decision refused = limiter.tryAcquire("c");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void aFloodOfAddressesDoesNotGrowTheTableBeyondItsBound() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, 1, clock::get);
        for (int i = 0; i < ClientRateLimiter.MAX_TRACKED_CLIENTS + 10; i++) {
            limiter.tryAcquire("10.0." + i);
        }
        assertThat(limiter.trackedClients()).isLessThanOrEqualTo(ClientRateLimiter.MAX_TRACKED_CLIENTS);
    }

    @Test
    void nonsenseLimitsAreRefusedAtStartup() {
        assertThatThrownBy(() -> new ClientRateLimiter(0, 1, clock::get)).hasMessageContaining("burst");
        assertThatThrownBy(() -> new ClientRateLimiter(5, 0, clock::get)).hasMessageContaining("rate");
        assertThatThrownBy(() -> new ClientRateLimiter(5, Double.NaN, clock::get)).hasMessageContaining("rate");
    }
}
