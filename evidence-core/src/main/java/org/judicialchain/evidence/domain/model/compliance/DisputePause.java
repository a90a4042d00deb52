package org.judicialchain.evidence.domain.model.compliance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An interval [from, to) during which a pending or upheld dispute paused collection on the case.
 * An empty {@code to} means the pause is still in force.
 */
public record DisputePause(Instant from, Optional<Instant> to) {

    public DisputePause {
        if (from == null) {
            throw new IllegalArgumentException("from is missing");
        }
        to = Objects.requireNonNullElse(to, Optional.empty());
        if (to.isPresent() && !from.isBefore(to.get())) {
            throw new IllegalArgumentException("pause from " + from + " must be before its end " + to.get());
        }
    }

    /** A pause that has ended: collection could resume at {@code to}. */
    public static DisputePause between(Instant from, Instant to) {
        return new DisputePause(from, Optional.of(Objects.requireNonNull(to, "to")));
    }

    /** A pause still in force. */
    public static DisputePause since(Instant from) {
        return new DisputePause(from, Optional.empty());
    }

    public boolean covers(Instant at) {
        return !at.isBefore(from) && to.map(at::isBefore).orElse(true);
    }
}
