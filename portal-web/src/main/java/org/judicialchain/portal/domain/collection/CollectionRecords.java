package org.judicialchain.portal.domain.collection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.compliance.Finding;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/** Collection records logged by agencies and the compliance findings raised on them, per case. */
public interface CollectionRecords {

    /** A stored record with its JSON, as listed. */
    record StoredRecord(UUID id, String agency, String type, Instant occurredAt, String fields, Instant recordedAt) {
    }

    record StoredFinding(UUID id, UUID recordId, String agency, String ruleId, String severity, List<UUID> recordIds,
                         String explanationZh, String explanationEn, String source, Bytes32 digest, Instant foundAt) {
    }

    void add(CollectionRecord r, String type, String json, Instant now);

    void addFinding(Finding f, CollectionRecord r, Bytes32 digest, Instant now);

    /** The case's records as domain records, in time order (the history the rules look at). */
    List<CollectionRecord> ofCase(String caseRef);

    List<StoredRecord> stored(String caseRef);

    List<StoredFinding> findings(String caseRef);
}
