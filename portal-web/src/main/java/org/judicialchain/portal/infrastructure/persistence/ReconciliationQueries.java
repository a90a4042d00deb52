package org.judicialchain.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What reconciliation reads beyond one case's chain: every case with a custody log, and evidence rows the portal did not finish. */
@ApplicationScoped
public class ReconciliationQueries {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public record EvidenceRef(UUID id, String caseRef) {
    }

    /** The next page of cases that have a custody log, in case order after {@code after} (keyset paging: no offset scans). */
    public List<String> casesWithCustodyLog(String after, int limit) {
        List<?> rows = em.createNativeQuery("select case_ref from custody_entry where case_ref > ? group by case_ref order by case_ref")
                .setParameter(1, after).setMaxResults(limit).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    /** Evidence rows with no outbox leaf: the portal writes both in one transaction, so these were written around it. */
    public List<EvidenceRef> evidenceWithoutLeaf(Optional<String> caseRef) {
        return refs("select e.id, e.case_ref from evidence e where not exists (select 1 from anchor_leaf l where l.item_id = e.id)",
                caseRef);
    }

    /** Evidence rows whose EVIDENCE_SUBMITTED custody entry is gone. */
    public List<EvidenceRef> evidenceWithoutCustodyEntry(Optional<String> caseRef) {
        return refs("select e.id, e.case_ref from evidence e where not exists (select 1 from custody_entry c where c.case_ref ="
                + " e.case_ref and c.event_type = 'EVIDENCE_SUBMITTED' and c.subject_id = cast(e.id as varchar))", caseRef);
    }

    /** Evidence still not anchored although submitted before {@code before}. */
    public List<EvidenceRef> unanchoredSince(Instant before, Optional<String> caseRef) {
        return refs("select e.id, e.case_ref from evidence e where e.status <> 'ANCHORED' and e.submitted_at < ?", caseRef,
                java.sql.Timestamp.from(before));
    }

    /** Runs {@code where} (positional parameters), narrowed to one case when given, in case order, at most 10,000 rows. */
    private List<EvidenceRef> refs(String where, Optional<String> caseRef, Object... parameters) {
        var query = em.createNativeQuery(where + (caseRef.isPresent() ? " and e.case_ref = ?" : "") + " order by e.case_ref");
        int i = 1;
        for (Object p : parameters) {
            query.setParameter(i++, p);
        }
        if (caseRef.isPresent()) {
            query.setParameter(i, caseRef.get());
        }
        List<?> rows = query.setMaxResults(10_000).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new EvidenceRef(UUID.fromString(String.valueOf(r[0])), String.valueOf(r[1]))).toList();
    }
}
