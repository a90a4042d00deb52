package org.judicialchain.portal.infrastructure.persistence.lifecycle;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/**
 * The lifecycle outbox: calls on the CaseLifecycle contract written with the state change they mirror,
 * sent later by the relay. A case's steps go in order: a claim takes only a case's first PENDING step,
 * and FOR UPDATE SKIP LOCKED keeps two portal instances off the same case.
 */
@ApplicationScoped
public class JdbiLifecycleSteps implements LifecycleSteps {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public void enqueue(String caseRef, LifecycleStep step, Instant now) {
        Sql.update(dataSource, "insert into lifecycle_step (case_ref, kind, to_state, reason, org, actor, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", caseRef, step.kind().name(),
                step.to() == null ? null : step.to().name(), step.reason().toByteArray(), step.org().toByteArray(),
                step.actor().orElse(null), Timestamps.of(now));
    }

    /** Opening steps for a whole imported page of cases, in one batched statement. */
    public void enqueueOpenings(List<String> caseRefs, List<String> creditors, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into lifecycle_step (case_ref, kind, to_state, reason, org,"
                     + " created_at) values (?, 'OPEN', 'OVERDUE', ?, ?, ?)")) {
            var at = Timestamps.of(now);
            for (int i = 0; i < caseRefs.size(); i++) {
                s.setString(1, caseRefs.get(i));
                s.setBytes(2, Bytes32.ZERO.toByteArray());
                s.setBytes(3, AnchorLeaf.institutionTag(creditors.get(i)).toByteArray());
                s.setObject(4, at);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("queueing lifecycle openings failed", e);
        }
    }

    /** The first PENDING step of up to {@code max} cases, locked for this transaction. */
    public List<Claimed> claim(int max) {
        try (Connection c = dataSource.getConnection();
             // each case's oldest PENDING step (a later one waits for it), oldest cases first; the per-case
             // minimum is one aggregate over the partial index rather than a correlated anti-join, whose
             // plan collapses while a freshly imported book's statistics are not yet analysed
             PreparedStatement s = c.prepareStatement("select s.id, s.case_ref, s.kind, s.to_state, s.reason, s.org, s.actor,"
                     + " l.case_salt from lifecycle_step s join loan_case l on l.case_ref = s.case_ref"
                     + " where s.id in (select min(p.id) from lifecycle_step p where p.status = 'PENDING'"
                     + " group by p.case_ref order by 1 limit ?) order by s.id for update of s skip locked")) {
            s.setInt(1, max);
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String caseRef = rs.getString(2);
                    Bytes32 caseId = AnchorLeaf.caseCommitment(caseRef, Bytes32.of(rs.getBytes(8)));
                    String to = rs.getString(4);
                    claimed.add(new Claimed(rs.getLong(1), caseRef, new LifecycleStep(
                            LifecycleStep.Kind.valueOf(rs.getString(3)), caseId, to == null ? null : CaseState.valueOf(to),
                            Bytes32.of(rs.getBytes(5)), Bytes32.of(rs.getBytes(6)), Optional.ofNullable(rs.getString(7)))));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming lifecycle steps failed", e);
        }
    }

    public void done(long id, String txHash, long block, Instant now) {
        Sql.update(dataSource, "update lifecycle_step set status = 'DONE', tx_hash = ?, block_number = ?, done_at = ?"
                + " where id = ?", txHash, block, Timestamps.of(now), id);
    }

    public void refused(long id, String reason, Instant now) {
        Sql.update(dataSource, "update lifecycle_step set status = 'REFUSED', refusal = ?, done_at = ? where id = ?",
                reason, Timestamps.of(now), id);
    }

    public long pending() {
        return count("select count(*) from lifecycle_step where status = 'PENDING'");
    }

    public long refusedCount() {
        return count("select count(*) from lifecycle_step where status = 'REFUSED'");
    }

    public List<StepView> ofCase(String caseRef) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, kind, to_state, status, tx_hash, block_number, refusal,"
                     + " created_at, done_at from lifecycle_step where case_ref = ? order by id")) {
            s.setString(1, caseRef);
            List<StepView> steps = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long block = rs.getLong(6);
                    Long blockNumber = rs.wasNull() ? null : block;
                    steps.add(new StepView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            blockNumber, rs.getString(7), Timestamps.instant(rs, 8), Timestamps.instant(rs, 9)));
                }
            }
            return steps;
        } catch (SQLException e) {
            throw new IllegalStateException("reading lifecycle steps failed", e);
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting lifecycle steps failed", e);
        }
    }
}
