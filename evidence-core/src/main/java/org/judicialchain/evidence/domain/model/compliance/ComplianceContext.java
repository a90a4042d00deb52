package org.judicialchain.evidence.domain.model.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;

/**
 * What the rules need to judge one record: the facts of its case and what happened before it.
 *
 * <p>{@code history} is kept in {@link CollectionRecord#CHRONOLOGICAL} order. Rules look only at
 * {@link #priorRecords()}, the history that precedes {@code record}: a record logged late (with an
 * earlier time than records already on file) is judged as of its own time, and the records after it
 * are judged again only by {@link ComplianceEngine#reevaluate(CaseHistory)}.
 *
 * @param debtorZone     where the debtor lives; hours and calendar days are the debtor's
 * @param authorisations every collection authorisation the case has had, for any agency
 * @param settledAt      when the balance reached zero, if it has
 * @param disputePauses  when disputes paused collection
 * @param history        the case's other collection records
 * @param record         the record under check
 */
public record ComplianceContext(String caseRef, RuleProfile profile, ZoneId debtorZone,
                                List<CollectionAuthorisation> authorisations, Optional<Instant> settledAt,
                                List<DisputePause> disputePauses, List<CollectionRecord> history,
                                CollectionRecord record) {

    public ComplianceContext {
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
        if (record == null) {
            throw new IllegalArgumentException("record is missing");
        }
        requireCase(caseRef, record);
        history = sortedHistory(caseRef, Objects.requireNonNullElse(history, List.of()), record);
    }

    /** The records of the case that happened before {@link #record()}, oldest first. */
    public List<CollectionRecord> priorRecords() {
        return history.subList(0, firstNotBefore(record));
    }

    /** The records of the case that happened before {@link #record()} and at or after {@code since}, oldest first. */
    public List<CollectionRecord> priorRecordsSince(Instant since) {
        List<CollectionRecord> prior = priorRecords();
        int low = 0;
        int high = prior.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (prior.get(mid).occurredAt().isBefore(since)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return prior.subList(low, prior.size());
    }

    /** {@code at} on the debtor's wall clock. */
    public ZonedDateTime local(Instant at) {
        return at.atZone(debtorZone);
    }

    private int firstNotBefore(CollectionRecord target) {
        int low = 0;
        int high = history.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (CollectionRecord.CHRONOLOGICAL.compare(history.get(mid), target) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static List<CollectionRecord> sortedHistory(String caseRef, List<CollectionRecord> history, CollectionRecord record) {
        Set<Object> ids = new HashSet<>();
        ids.add(record.id());
        List<CollectionRecord> sorted = new ArrayList<>(history.size());
        for (CollectionRecord earlier : history) {
            if (earlier == null) {
                throw new IllegalArgumentException("history contains a null record");
            }
            requireCase(caseRef, earlier);
            if (!ids.add(earlier.id())) {
                throw new IllegalArgumentException("record " + earlier.id() + " appears twice (history must not contain the record under check)");
            }
            sorted.add(earlier);
        }
        sorted.sort(CollectionRecord.CHRONOLOGICAL);
        return List.copyOf(sorted);
    }

    private static void requireCase(String caseRef, CollectionRecord record) {
        if (!caseRef.equals(record.caseRef())) {
            throw new IllegalArgumentException("record " + record.id() + " belongs to case " + record.caseRef() + ", not " + caseRef);
        }
    }
}
