package org.judicialchain.portal.domain.privacy;

import java.time.Instant;

/** Reads of case content, recorded as they happen: who, in which roles, did what, on which case and item. */
public interface AccessLog {

    /** @param subject the item read (an evidence id), or null for the case as a whole */
    record Access(Instant at, String actor, String roles, String action, String caseRef, String subject) {
    }

    /** Records the read durably, in a transaction of its own: a read that happened stays recorded. */
    void record(Access access);

    /** The case's reads, the latest first, at most {@code limit}. */
    java.util.List<Access> ofCase(String caseRef, int limit);

    /** The case's hash-linked rows in the order they were written, to check with {@link AccessChain#check}. */
    java.util.List<AccessChain.Row> chainOf(String caseRef);
}
