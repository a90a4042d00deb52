package org.judicialchain.portal.infrastructure.persistence.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.service.LifecycleLedger.CaseEvent;
import org.judicialchain.portal.domain.lifecycle.LifecycleFollowing;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** The follower's position per contract and its record of projected events, in PostgreSQL. */
@ApplicationScoped
public class JdbiLifecycleFollowing implements LifecycleFollowing {

    @Inject
    Database database;

    @Override
    public long nextBlock(String contract, long start) {
        return database.jdbi().withHandle(h -> {
            h.createUpdate("insert into lifecycle_follow_position (contract, next_block) values (:c, :start)"
                    + " on conflict (contract) do nothing").bind("c", contract).bind("start", start).execute();
            return h.createQuery("select next_block from lifecycle_follow_position where contract = :c for update")
                    .bind("c", contract).mapTo(Long.class).one();
        });
    }

    @Override
    public void advance(String contract, long nextBlock) {
        database.jdbi().useHandle(h -> h.createUpdate("update lifecycle_follow_position set next_block = :n where contract = :c")
                .bind("n", nextBlock).bind("c", contract).execute());
    }

    @Override
    public boolean firstTime(CaseEvent change, String caseRef, Instant now) {
        return database.jdbi().withHandle(h -> h.createUpdate("insert into lifecycle_event_applied (tx_hash, log_index, case_ref,"
                        + " block_number, applied_at) values (:tx, :log, :ref, :block, :now) on conflict do nothing")
                .bind("tx", change.transactionHash()).bind("log", change.logIndex()).bind("ref", caseRef)
                .bind("block", change.blockNumber()).bind("now", now).execute()) == 1;
    }

    @Override
    public Optional<String> caseOf(Bytes32 chainCaseId) {
        return database.jdbi().withHandle(h -> h.createQuery("select case_ref from loan_case where chain_case_id = :id")
                .bind("id", chainCaseId.toByteArray()).mapTo(String.class).findOne());
    }

    @Override
    public int fillChainIds(int max) {
        return database.jdbi().withHandle(h -> { // inside the follower's transaction
            var missing = h.createQuery("select case_ref, case_salt from loan_case where chain_case_id is null limit :max"
                            + " for update skip locked")
                    .bind("max", max)
                    .map((rs, ctx) -> new Object[] {rs.getString("case_ref"), Bytes32.of(rs.getBytes("case_salt"))}).list();
            if (missing.isEmpty()) {
                return 0;
            }
            PreparedBatch batch = h.prepareBatch("update loan_case set chain_case_id = :id where case_ref = :ref");
            for (Object[] row : missing) {
                batch.bind("id", AnchorLeaf.caseCommitment((String) row[0], (Bytes32) row[1]).toByteArray())
                        .bind("ref", row[0]).add();
            }
            batch.execute();
            return missing.size();
        });
    }
}
