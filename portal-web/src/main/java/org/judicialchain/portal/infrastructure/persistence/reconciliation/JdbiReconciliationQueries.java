package org.judicialchain.portal.infrastructure.persistence.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.portal.domain.reconciliation.ReconciliationQueries;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/** What reconciliation reads beyond one case's chain: every case with a custody log, and evidence rows the portal did not finish. */
@ApplicationScoped
public class JdbiReconciliationQueries implements ReconciliationQueries {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The next page of cases that have a custody log, in case order after {@code after} (keyset paging: no offset scans). */
    public List<String> casesWithCustodyLog(String after, int limit) {
        List<?> rows = em.createNativeQuery("select case_ref from custody_entry where case_ref > ? group by case_ref order by case_ref")
                .setParameter(1, after).setMaxResults(limit).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    /** The first {@code limit} rows of one kind, in case order, over every case or one. */
    public List<EvidenceRef> unvouched(Unvouched kind, Optional<String> caseRef, Instant stuckBefore, int limit) {
        List<?> rows = query("select e.id, e.case_ref", kind, caseRef, stuckBefore, " order by e.case_ref")
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new EvidenceRef(UUID.fromString(String.valueOf(r[0])), String.valueOf(r[1]))).toList();
    }

    /** How many rows of one kind there are, however many are listed. */
    public long count(Unvouched kind, Optional<String> caseRef, Instant stuckBefore) {
        return ((Number) query("select count(*)", kind, caseRef, stuckBefore, "").getSingleResult()).longValue();
    }

    private Query query(String select, Unvouched kind, Optional<String> caseRef, Instant stuckBefore, String order) {
        Query query = em.createNativeQuery(select + " from evidence e where " + condition(kind)
                + (caseRef.isPresent() ? " and e.case_ref = ?" : "") + order);
        int next = 1;
        if (kind == Unvouched.STUCK_UNANCHORED) {
            query.setParameter(next++, Timestamps.of(stuckBefore));
        }
        if (caseRef.isPresent()) {
            query.setParameter(next, caseRef.get());
        }
        return query;
    }

    /** Each kind as a condition on evidence {@code e}. */
    private static String condition(Unvouched kind) {
        return switch (kind) {
            case WITHOUT_LEAF -> "not exists (select 1 from anchor_leaf l where l.item_id = e.id)";
            case WITHOUT_CUSTODY_ENTRY -> "not exists (select 1 from custody_entry c where c.case_ref = e.case_ref"
                    + " and c.event_type = 'EVIDENCE_SUBMITTED' and c.subject_id = cast(e.id as varchar))";
            case STUCK_UNANCHORED -> "e.status <> 'ANCHORED' and e.submitted_at < ?";
        };
    }
}
