package org.judicialchain.portal.infrastructure.persistence.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;
import org.judicialchain.portal.infrastructure.persistence.Database;

/**
 * The lifecycle outbox: calls on the CaseLifecycle contract written with the request they carry, sent later by the
 * relay; a state change reaches the case only when the chain follower projects its event. A case's steps go in order: a claim takes only a case's first PENDING step,
 * and FOR UPDATE SKIP LOCKED keeps two portal instances off the same case.
 */
@ApplicationScoped
public class JdbiLifecycleSteps implements LifecycleSteps {

    @Inject
    Database database;

    @Override
    public long enqueue(String caseRef, LifecycleStep step, String requestedBy, Instant now) {
        return insert(caseRef, step, null, requestedBy, now);
    }

    @Override
    public long enqueueTransfer(String caseRef, LifecycleStep step, TransferRequest request, String requestedBy, Instant now) {
        return insert(caseRef, step, request, requestedBy, now);
    }

    private long insert(String caseRef, LifecycleStep step, TransferRequest transfer, String requestedBy, Instant now) {
        return database.jdbi().withHandle(h -> h.createUpdate("insert into lifecycle_step (case_ref, kind, to_state, reason, org,"
                        + " actor, signer, signer_role, valid_from, valid_to, party, evidence_id, record_id, requested_by,"
                        + " created_at) values (:caseRef, :kind, :to, :reason, :org, :actor, :signer, :role, :from, :until,"
                        + " :party, :evidence, :record, :by, :now)")
                .bind("caseRef", caseRef).bind("kind", step.kind().name()).bind("to", step.to() == null ? null : step.to().name())
                .bind("reason", step.reason().toByteArray()).bind("org", step.org().toByteArray())
                .bind("actor", step.account().orElse(null))
                .bind("signer", step.signer().map(LifecycleStep.Signer::institution).orElse(null))
                .bind("role", step.signer().map(s -> s.role().name()).orElse(null))
                .bind("from", step.validFrom()).bind("until", step.validTo())
                .bind("party", transfer == null ? null : transfer.toCreditor())
                .bindByType("evidence", transfer == null ? null : transfer.agreementEvidenceId(), java.util.UUID.class)
                .bindByType("record", transfer == null ? null : transfer.recordId(), java.util.UUID.class)
                .bind("by", requestedBy).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void awaitingSignature(long id, String callData) {
        database.jdbi().useHandle(h -> h.createUpdate("update lifecycle_step set status = 'AWAITING', call_data = :data"
                        + " where id = :id")
                .bind("data", callData).bind("id", id).execute());
    }

    @Override
    public Optional<SentStep> signedElsewhere(String caseRef, String toState, String txHash, long block, Instant now) {
        return database.jdbi().withHandle(h -> h.createQuery("update lifecycle_step set status = 'DONE', tx_hash = :tx,"
                        + " block_number = :block, done_at = :now where id = (select min(id) from lifecycle_step"
                        + " where case_ref = :ref and status = 'AWAITING' and coalesce(to_state, kind) = :to)"
                        + " returning id, requested_by, false as applied, party, evidence_id, record_id")
                .bind("tx", txHash).bind("block", block).bind("now", now).bind("ref", caseRef).bind("to", toState)
                .map((rs, ctx) -> sent(rs)).findOne());
    }

    @Override
    public Optional<SentStep> sentIn(String txHash) {
        return database.jdbi().withHandle(h -> h.createQuery("select id, requested_by, applied_at is not null as applied,"
                        + " party, evidence_id, record_id from lifecycle_step where tx_hash = :tx order by id limit 1")
                .bind("tx", txHash).map((rs, ctx) -> sent(rs)).findOne());
    }

    @Override
    public void applied(String txHash, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("update lifecycle_step set applied_at = :now where tx_hash = :tx"
                        + " and applied_at is null")
                .bind("tx", txHash).bind("now", now).execute());
    }

    @Override
    public void markApplied(long id, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("update lifecycle_step set applied_at = :now where id = :id")
                .bind("now", now).bind("id", id).execute());
    }

    @Override
    public boolean transitionPending(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select exists (select 1 from lifecycle_step where case_ref = :ref"
                        + " and kind in ('TRANSITION', 'TRANSITION_FOR') and (status in ('PENDING', 'AWAITING')"
                        + " or (status = 'DONE' and applied_at is null)))")
                .bind("ref", caseRef).mapTo(Boolean.class).one());
    }

    @Override
    public List<StepView> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.jdbi().withHandle(h -> h.createQuery(VIEW + " where id in (<ids>) order by id")
                .bindList("ids", ids).map((rs, ctx) -> view(rs)).list());
    }

    /** Opening steps for a whole imported page of cases, in one batched statement. */
    @Override
    public void enqueueOpenings(List<String> caseRefs, List<String> creditors, Instant now) {
        if (caseRefs.isEmpty()) {
            return;
        }
        database.jdbi().useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("insert into lifecycle_step (case_ref, kind, to_state, reason, org, created_at)"
                    + " values (:caseRef, 'OPEN', 'OVERDUE', :reason, :org, :now)");
            byte[] reason = Bytes32.ZERO.toByteArray();
            for (int i = 0; i < caseRefs.size(); i++) {
                batch.bind("caseRef", caseRefs.get(i)).bind("reason", reason)
                        .bind("org", AnchorLeaf.institutionTag(creditors.get(i)).toByteArray()).bind("now", now).add();
            }
            batch.execute();
        });
    }

    /** The first PENDING step of up to {@code max} cases, locked for this transaction. */
    @Override
    public List<Claimed> claim(int max) {
        // each case's oldest PENDING step (a later one waits for it), oldest cases first; the per-case
        // minimum is one aggregate over the partial index rather than a correlated anti-join, whose
        // plan collapses while a freshly imported book's statistics are not yet analysed
        return database.jdbi().withHandle(h -> h.createQuery("select s.id, s.case_ref, s.kind, s.to_state, s.reason, s.org,"
                        + " s.actor, s.signer, s.signer_role, s.valid_from, s.valid_to, l.case_salt"
                        + " from lifecycle_step s join loan_case l on l.case_ref = s.case_ref"
                        + " where s.id in (select min(p.id) from lifecycle_step p where p.status = 'PENDING'"
                        + " group by p.case_ref order by 1 limit :max) order by s.id for update of s skip locked")
                .bind("max", max)
                .map((rs, ctx) -> {
                    String caseRef = rs.getString("case_ref");
                    Bytes32 caseId = AnchorLeaf.caseCommitment(caseRef, Bytes32.of(rs.getBytes("case_salt")));
                    String to = rs.getString("to_state");
                    String signer = rs.getString("signer");
                    return new Claimed(rs.getLong("id"), caseRef, new LifecycleStep(
                            LifecycleStep.Kind.valueOf(rs.getString("kind")), caseId, to == null ? null : CaseState.valueOf(to),
                            Bytes32.of(rs.getBytes("reason")), Bytes32.of(rs.getBytes("org")),
                            Optional.ofNullable(rs.getString("actor")),
                            signer == null ? Optional.empty() : Optional.of(new LifecycleStep.Signer(signer,
                                    LifecycleLedger.Role.valueOf(rs.getString("signer_role")))),
                            rs.getLong("valid_from"), rs.getLong("valid_to")));
                })
                .list());
    }

    @Override
    public void done(long id, String txHash, long block, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("update lifecycle_step set status = 'DONE', tx_hash = :tx,"
                        + " block_number = :block, done_at = :now where id = :id")
                .bind("tx", txHash).bind("block", block).bind("now", now).bind("id", id).execute());
    }

    @Override
    public void refused(long id, String reason, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("update lifecycle_step set status = 'REFUSED', refusal = :reason,"
                        + " done_at = :now where id = :id")
                .bind("reason", reason).bind("now", now).bind("id", id).execute());
    }

    @Override
    public long pending() {
        return count("select count(*) from lifecycle_step where status = 'PENDING'");
    }

    @Override
    public long refusedCount() {
        return count("select count(*) from lifecycle_step where status = 'REFUSED'");
    }

    @Override
    public List<StepView> ofCase(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery(VIEW + " where case_ref = :caseRef order by id")
                .bind("caseRef", caseRef).map((rs, ctx) -> view(rs)).list());
    }

    private static final String VIEW = "select id, kind, to_state, status, tx_hash, block_number, refusal, created_at,"
            + " done_at, applied_at, signer, call_data from lifecycle_step";

    private static SentStep sent(ResultSet rs) throws SQLException {
        return new SentStep(rs.getLong("id"), rs.getString("requested_by"), rs.getBoolean("applied"), rs.getString("party"),
                rs.getObject("evidence_id", java.util.UUID.class), rs.getObject("record_id", java.util.UUID.class));
    }

    private static StepView view(ResultSet rs) throws SQLException {
        return new StepView(rs.getLong("id"), rs.getString("kind"), rs.getString("to_state"), rs.getString("status"),
                rs.getString("tx_hash"), rs.getObject("block_number", Long.class), rs.getString("refusal"),
                Database.instant(rs, "created_at"), Database.instant(rs, "done_at"), Database.instant(rs, "applied_at"),
                rs.getString("signer"), rs.getString("call_data"));
    }

    private long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
