package org.judicialchain.portal.domain.privacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.portal.domain.privacy.AccessLog.Access;

/**
 * The hash link of the access record: a row's hash is SHA-256 of its fields and the previous row's hash of the same
 * case, so editing, inserting or deleting a row in the database is detected by walking the case's rows again.
 */
public final class AccessChain {

    /** What an empty chain links to. */
    public static final Bytes32 START = Bytes32.ZERO;

    private AccessChain() {
    }

    /** Instants as the database keeps them (microseconds), so that a row read back hashes as it was written. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static Bytes32 link(Bytes32 previous, Access a) {
        String canonical = String.join("\n", "access-log/1", previous.hex(), stored(a.at()).toString(), a.actor(), a.roles(),
                a.action(), nullable(a.caseRef()), nullable(a.subject()));
        return StreamingDigester.sha256(canonical);
    }

    /** A stored row: its fields and the hashes it was written with. */
    public record Row(long id, Access access, Bytes32 previous, Bytes32 hash) {
    }

    /** @param firstBroken the first row whose link does not hold, if any */
    public record Integrity(int rows, Optional<Long> firstBroken) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    /** Walks a case's hashed rows in the order they were written. */
    public static Integrity check(List<Row> rows) {
        Bytes32 previous = START;
        for (Row r : rows) {
            if (!r.previous().equals(previous) || !link(previous, r.access()).equals(r.hash())) {
                return new Integrity(rows.size(), Optional.of(r.id()));
            }
            previous = r.hash();
        }
        return new Integrity(rows.size(), Optional.empty());
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }
}
