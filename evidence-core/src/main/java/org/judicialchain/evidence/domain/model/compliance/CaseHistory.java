package org.judicialchain.evidence.domain.model.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;

/**
 * A case's facts and its whole collection history, for judging everything again (after the rule
 * profile changed, or after a record was logged late). Records are kept in
 * {@link CollectionRecord#CHRONOLOGICAL} order.
 */
public record CaseHistory(String caseRef, RuleProfile profile, ZoneId debtorZone,
                          List<CollectionAuthorisation> authorisations, Optional<Instant> settledAt,
                          List<DisputePause> disputePauses, List<CollectionRecord> records) {

    public CaseHistory {
        if (caseRef == null || caseRef.isBlank()) {
            throw new IllegalArgumentException("caseRef is missing");
        }
        caseRef = caseRef.strip();
        if (profile == null) {
            throw new IllegalArgumentException("profile is missing");
        }
        if (debtorZone == null) {
            throw new IllegalArgumentException("debtorZone is missing");
        }
        authorisations = List.copyOf(Objects.requireNonNullElse(authorisations, List.of()));
        settledAt = Objects.requireNonNullElse(settledAt, Optional.empty());
        disputePauses = List.copyOf(Objects.requireNonNullElse(disputePauses, List.of()));
        List<CollectionRecord> sorted = new ArrayList<>(Objects.requireNonNullElse(records, List.of()));
        Set<Object> ids = new HashSet<>();
        for (CollectionRecord record : sorted) {
            if (record == null) {
                throw new IllegalArgumentException("records contains a null record");
            }
            if (!caseRef.equals(record.caseRef())) {
                throw new IllegalArgumentException("record " + record.id() + " belongs to case " + record.caseRef() + ", not " + caseRef);
            }
            if (!ids.add(record.id())) {
                throw new IllegalArgumentException("record " + record.id() + " appears twice");
            }
        }
        sorted.sort(CollectionRecord.CHRONOLOGICAL);
        records = List.copyOf(sorted);
    }

    /** The same case under another rule profile. */
    public CaseHistory withProfile(RuleProfile newProfile) {
        return new CaseHistory(caseRef, newProfile, debtorZone, authorisations, settledAt, disputePauses, records);
    }

    /** The context in which the record at {@code index} is judged: everything before it is its history. */
    public ComplianceContext contextAt(int index) {
        return new ComplianceContext(caseRef, profile, debtorZone, authorisations, settledAt, disputePauses,
                records.subList(0, index), records.get(index));
    }
}
