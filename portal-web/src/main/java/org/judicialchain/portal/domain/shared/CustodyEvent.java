package org.judicialchain.portal.domain.shared;

import java.time.Instant;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/**
 * Something that happened on a case and belongs in its custody log: one entry, hash-linked to the one
 * before and anchored with the rest. Fired as a CDI event; one observer appends it in the same transaction.
 */
public interface CustodyEvent {

    String caseRef();

    CustodyEventType custodyType();

    /** What the custody log anchors for this event. */
    Bytes32 digest();

    /** What the entry is about (an objection's reference, a request's id). */
    String subjectId();

    String actor();

    Instant at();
}
