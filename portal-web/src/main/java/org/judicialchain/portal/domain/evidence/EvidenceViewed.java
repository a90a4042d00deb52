package org.judicialchain.portal.domain.evidence;

import java.time.Instant;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.domain.shared.CustodyEvent;

/** Another party than the submitter read an evidence item: the case's custody log says who and when. */
public record EvidenceViewed(EvidenceRecord evidence, String actor, Instant at) implements CustodyEvent {

    public String caseRef() {
        return evidence.caseRef();
    }

    public CustodyEventType custodyType() {
        return CustodyEventType.EVIDENCE_VIEWED;
    }

    public Bytes32 digest() {
        return evidence.sha256();
    }

    public String subjectId() {
        return evidence.id().toString();
    }
}
