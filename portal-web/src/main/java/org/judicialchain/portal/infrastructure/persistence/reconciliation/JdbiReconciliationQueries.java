package org.judicialchain.portal.infrastructure.persistence.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.reconciliation.ReconciliationQueries;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** What reconciliation reads beyond one case's chain: every case with a custody log, and evidence rows the portal did not finish. */
@ApplicationScoped
public class JdbiReconciliationQueries implements ReconciliationQueries {

    @Inject
    Database database;

    /** The next page of cases that have a custody log, in case order after {@code after} (keyset paging: no offset scans). */
    @Override
    public List<String> casesWithCustodyLog(String after, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("select case_ref from custody_entry where case_ref > :after"
                        + " group by case_ref order by case_ref limit :limit")
                .bind("after", after).bind("limit", limit).mapTo(String.class).list());
    }

    /** The first {@code limit} rows of one kind, in case order, over every case or one. */
    @Override
    public List<EvidenceRef> unvouched(Unvouched kind, Optional<String> caseRef, Instant stuckBefore, int limit) {
        return database.jdbi().withHandle(h -> bind(h.createQuery("select e.id, e.case_ref from evidence e where " + where(kind, caseRef)
                        + " order by e.case_ref limit :limit"), kind, caseRef, stuckBefore)
                .bind("limit", limit)
                .map((rs, ctx) -> new EvidenceRef(rs.getObject("id", UUID.class), rs.getString("case_ref")))
                .list());
    }

    /** How many rows of one kind there are, however many are listed. */
    @Override
    public long count(Unvouched kind, Optional<String> caseRef, Instant stuckBefore) {
        return database.jdbi().withHandle(h -> bind(h.createQuery("select count(*) from evidence e where " + where(kind, caseRef)),
                        kind, caseRef, stuckBefore)
                .mapTo(Long.class).one());
    }

    @Override
    public List<CommittedRepayment> committedRepayments(Optional<String> caseRef, UUID afterId, int limit) {
        return database.jdbi().withHandle(h -> {
            Query q = h.createQuery("select r.id, r.case_ref, r.amount, c.currency, r.paid_at, e.sha256, ce.subject_digest"
                    + " from repayment r join loan_case c on c.case_ref = r.case_ref left join evidence e on e.id = r.evidence_id"
                    + " left join custody_entry ce on ce.case_ref = r.case_ref and ce.event_type = 'REPAYMENT_RECORDED'"
                    + " and ce.subject_id = cast(r.id as varchar)"
                    + " where r.commitment is not null and r.id > :after" + (caseRef.isPresent() ? " and r.case_ref = :caseRef" : "")
                    + " order by r.id limit :limit")
                    .bind("after", afterId).bind("limit", limit);
            caseRef.ifPresent(ref -> q.bind("caseRef", ref));
            return q.map((rs, ctx) -> {
                byte[] receipt = rs.getBytes("sha256");
                byte[] anchored = rs.getBytes("subject_digest");
                return new CommittedRepayment(rs.getObject("id", UUID.class), rs.getString("case_ref"), rs.getBigDecimal("amount"),
                        rs.getString("currency"), Database.instant(rs, "paid_at"), receipt == null ? null : Bytes32.of(receipt),
                        anchored == null ? null : Bytes32.of(anchored));
            }).list();
        });
    }

    private static String where(Unvouched kind, Optional<String> caseRef) {
        return condition(kind) + (caseRef.isPresent() ? " and e.case_ref = :caseRef" : "");
    }

    private static Query bind(Query query, Unvouched kind, Optional<String> caseRef, Instant stuckBefore) {
        if (kind == Unvouched.STUCK_UNANCHORED) {
            query.bind("stuckBefore", stuckBefore);
        }
        caseRef.ifPresent(ref -> query.bind("caseRef", ref));
        return query;
    }

    /** Each kind as a condition on evidence {@code e}. */
    private static String condition(Unvouched kind) {
        return switch (kind) {
            case WITHOUT_LEAF -> "not exists (select 1 from anchor_leaf l where l.item_id = e.id)";
            case WITHOUT_CUSTODY_ENTRY -> "not exists (select 1 from custody_entry c where c.case_ref = e.case_ref"
                    + " and c.event_type = 'EVIDENCE_SUBMITTED' and c.subject_id = cast(e.id as varchar))";
            case STUCK_UNANCHORED -> "e.status <> 'ANCHORED' and e.submitted_at < :stuckBefore";
        };
    }
}
