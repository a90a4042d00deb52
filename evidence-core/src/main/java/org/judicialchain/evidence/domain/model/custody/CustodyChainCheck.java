package org.judicialchain.evidence.domain.model.custody;

import java.util.ArrayList;
import java.util.List;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/**
 * Checks a case's custody log as stored: every entry's hash matches its fields, every entry points
 * at the one before it, and sequence numbers have no gap (a deleted entry leaves one).
 */
public final class CustodyChainCheck {

    private CustodyChainCheck() {
    }

    public enum Problem {
        /** A field was changed after the entry was written. */
        HASH_MISMATCH,
        /** The entry does not point at the previous entry's hash: an entry was removed, inserted or replaced. */
        BROKEN_LINK,
        /** Sequence numbers skip: an entry is missing. */
        SEQUENCE_GAP
    }

    public record EntryCheck(CustodyEntry entry, List<Problem> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    public record Result(List<EntryCheck> entries) {
        public boolean intact() {
            return entries.stream().allMatch(EntryCheck::intact);
        }
    }

    /** @param entries the log in sequence order */
    public static Result check(List<CustodyEntry> entries) {
        List<EntryCheck> checks = new ArrayList<>(entries.size());
        Bytes32 expectedPrevious = Bytes32.ZERO;
        long expectedSequence = 1;
        for (CustodyEntry entry : entries) {
            List<Problem> problems = new ArrayList<>(3);
            if (!entry.recomputeHash().equals(entry.entryHash())) {
                problems.add(Problem.HASH_MISMATCH);
            }
            if (!entry.previousHash().equals(expectedPrevious)) {
                problems.add(Problem.BROKEN_LINK);
            }
            if (entry.sequence() != expectedSequence) {
                problems.add(Problem.SEQUENCE_GAP);
            }
            checks.add(new EntryCheck(entry, List.copyOf(problems)));
            expectedPrevious = entry.entryHash();
            expectedSequence = entry.sequence() + 1;
        }
        return new Result(List.copyOf(checks));
    }
}
