package org.judicialchain.portal.domain.collection;

import java.time.Instant;
import org.judicialchain.evidence.domain.model.compliance.Finding;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.portal.domain.shared.CustodyEvent;

/** What collection supervision puts on a case's custody log: each logged action and each finding on it. */
public sealed interface CollectionEvent extends CustodyEvent {

    /** @param digest of the record as stored (its JSON), so the anchored log fixes what the agency reported */
    record RecordLogged(String caseRef, String subjectId, Bytes32 digest, String actor, Instant at) implements CollectionEvent {
        public CustodyEventType custodyType() {
            return CustodyEventType.COLLECTION_RECORDED;
        }
    }

    /** A rule the compliance engine found broken; the engine is the actor, the rule the subject. */
    record FindingRecorded(String caseRef, Finding finding, Instant at) implements CollectionEvent {
        public static final String ENGINE = "compliance-engine";

        public CustodyEventType custodyType() {
            return CustodyEventType.FINDING_RECORDED;
        }

        public Bytes32 digest() {
            return StreamingDigester.sha256(finding.ruleId() + "|" + finding.severity() + "|" + finding.recordIds() + "|"
                    + finding.explanationEn());
        }

        public String subjectId() {
            return finding.ruleId();
        }

        public String actor() {
            return ENGINE;
        }
    }
}
