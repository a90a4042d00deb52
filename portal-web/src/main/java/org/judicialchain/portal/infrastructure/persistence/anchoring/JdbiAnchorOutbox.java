package org.judicialchain.portal.infrastructure.persistence.anchoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox;
import org.judicialchain.portal.domain.anchoring.AnchorRecord;
import org.judicialchain.portal.infrastructure.persistence.Database;

/**
 * The anchoring outbox: leaves waiting for a batch, and batches on their way to the chain.
 * Claims use FOR UPDATE SKIP LOCKED and leases so that several portal instances can share one
 * database. Bulk steps use JDBC arrays: one statement per batch, not one per leaf.
 * Callers hold the (JTA) transaction; the connection is enlisted in it.
 */
@ApplicationScoped
public class JdbiAnchorOutbox implements AnchorOutbox {

    @Inject
    Database database;

    /** A PREPARED batch nobody holds a lease on (its sender crashed, or its last attempt failed). */
    @Override
    public Optional<PreparedBatch> claimUnfinishedBatch(Instant now, Duration lease) {
        return database.jdbi().withHandle(h -> h.createQuery("update anchor_batch set lease_until = :leaseUntil,"
                        + " attempts = attempts + 1 where id = (select id from anchor_batch where status = 'PREPARED'"
                        + " and (lease_until is null or lease_until < :now) order by created_at limit 1 for update skip locked)"
                        + " returning id, batch_id, root, item_count")
                .bind("leaseUntil", now.plus(lease)).bind("now", now)
                .map((rs, ctx) -> new PreparedBatch(rs.getObject("id", UUID.class), Bytes32.of(rs.getBytes("batch_id")),
                        Bytes32.of(rs.getBytes("root")), rs.getInt("item_count")))
                .findFirst());
    }

    @Override
    public boolean hasFailingBatch() {
        return database.jdbi().withHandle(h -> h.createQuery("select 1 from anchor_batch where status = 'PREPARED'"
                        + " and last_error is not null limit 1")
                .mapTo(Integer.class).findFirst().isPresent());
    }

    @Override
    public List<PendingLeaf> claimPendingLeaves(int max) {
        return database.jdbi().withHandle(h -> h.createQuery("select id, leaf_hash from anchor_leaf where batch_id is null"
                        + " order by id limit :max for update skip locked")
                .bind("max", max)
                .map((rs, ctx) -> new PendingLeaf(rs.getLong("id"), Bytes32.of(rs.getBytes("leaf_hash"))))
                .list());
    }

    /** Records a batch with its root and gives every leaf its proof, in one statement. */
    @Override
    public PreparedBatch prepareBatch(Bytes32 batchId, Bytes32 root, List<PendingLeaf> leaves, List<List<Bytes32>> proofs,
                                      Instant now, Duration lease) {
        UUID id = UUID.randomUUID();
        Long[] ids = leaves.stream().map(PendingLeaf::id).toArray(Long[]::new);
        byte[][] proofBytes = proofs.stream().map(JdbiAnchorOutbox::concat).toArray(byte[][]::new);
        try {
            database.jdbi().useHandle(h -> {
                h.createUpdate("insert into anchor_batch (id, batch_id, root, item_count, status, created_at, lease_until, attempts)"
                                + " values (:id, :batchId, :root, :count, 'PREPARED', :now, :leaseUntil, 1)")
                        .bind("id", id).bind("batchId", batchId.toByteArray()).bind("root", root.toByteArray())
                        .bind("count", leaves.size()).bind("now", now).bind("leaseUntil", now.plus(lease)).execute();
                setProofs(h, id, ids, proofBytes);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("preparing a batch failed", e);
        }
        return new PreparedBatch(id, batchId, root, leaves.size());
    }

    @Override
    public List<PendingLeaf> leavesOf(UUID batch) {
        return database.jdbi().withHandle(h -> h.createQuery("select id, leaf_hash from anchor_leaf where batch_id = :batch"
                        + " order by id")
                .bind("batch", batch)
                .map((rs, ctx) -> new PendingLeaf(rs.getLong("id"), Bytes32.of(rs.getBytes("leaf_hash"))))
                .list());
    }

    @Override
    public PreparedBatch reroot(UUID batch, Bytes32 batchId, Bytes32 root, Bytes32 salt, int treeSize,
                                List<PendingLeaf> leaves, List<List<Bytes32>> proofs, String takenBy) {
        Long[] ids = leaves.stream().map(PendingLeaf::id).toArray(Long[]::new);
        byte[][] proofBytes = proofs.stream().map(JdbiAnchorOutbox::concat).toArray(byte[][]::new);
        try {
            database.jdbi().useHandle(h -> {
                int updated = h.createUpdate("update anchor_batch set batch_id = :batchId, root = :root, item_count = :count,"
                                + " salt = :salt, reroots = reroots + 1, taken_by = :takenBy, last_error = null, lease_until = null"
                                + " where id = :id and status = 'PREPARED'")
                        .bind("batchId", batchId.toByteArray()).bind("root", root.toByteArray()).bind("count", treeSize)
                        .bind("salt", salt.toByteArray())
                        .bind("takenBy", takenBy.length() > 500 ? takenBy.substring(0, 500) : takenBy).bind("id", batch)
                        .execute();
                if (updated != 1) {
                    throw new IllegalStateException("batch " + batch + " is not PREPARED: it cannot be re-rooted");
                }
                setProofs(h, batch, ids, proofBytes);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("re-rooting batch " + batch + " failed", e);
        }
        return new PreparedBatch(batch, batchId, root, treeSize);
    }

    private static void setProofs(Handle h, UUID batch, Long[] ids, byte[][] proofBytes) throws SQLException {
        // the driver's own arrays, as before: bigint[] of leaf ids and bytea[] of proofs, unnested side by side
        Array idArray = h.getConnection().createArrayOf("bigint", ids);
        Array proofArray = h.getConnection().createArrayOf("bytea", proofBytes);
        int updated = h.createUpdate("update anchor_leaf l set batch_id = :batch, proof = v.proof"
                        + " from unnest(cast(:ids as bigint[]), cast(:proofs as bytea[])) as v(id, proof) where l.id = v.id")
                .bind("batch", batch).bind("ids", array(idArray)).bind("proofs", array(proofArray)).execute();
        if (updated != ids.length) {
            throw new IllegalStateException("expected to batch " + ids.length + " leaves, batched " + updated);
        }
    }

    private static Argument array(Array array) {
        return (position, statement, ctx) -> statement.setArray(position, array);
    }

    @Override
    public void markAnchored(UUID batch, BatchAnchor anchor, long chainId, String contract, Instant now) {
        try {
            database.jdbi().useHandle(h -> {
                h.createUpdate("update anchor_batch set status = 'ANCHORED', chain_id = :chainId, contract_address = :contract,"
                                + " submitter_account = :submitter, transaction_hash = :tx, block_number = :block,"
                                + " block_time = :blockTime, anchored_at = :now, lease_until = null, last_error = null where id = :id")
                        .bind("chainId", chainId).bind("contract", contract).bind("submitter", anchor.submitterAccount())
                        .bind("tx", anchor.transactionHash().orElse(null)).bind("block", anchor.blockNumber())
                        .bind("blockTime", anchor.blockTime()).bind("now", now).bind("id", batch).execute();
                h.createUpdate("update evidence set status = 'ANCHORED' where id in"
                                + " (select item_id from anchor_leaf where batch_id = :batch and item_type = 'EVIDENCE')")
                        .bind("batch", batch).execute();
            });
        } catch (JdbiException e) {
            // AnchoringBatches takes an IllegalStateException from confirming as a failed attempt and records it
            throw new IllegalStateException("confirming batch " + batch + " failed", e);
        }
    }

    @Override
    public void recordFailure(UUID batch, String error, Instant retryAt) {
        database.jdbi().useHandle(h -> h.createUpdate("update anchor_batch set last_error = :error, lease_until = :retryAt"
                        + " where id = :id")
                .bind("error", error.length() > 1000 ? error.substring(0, 1000) : error).bind("retryAt", retryAt)
                .bind("id", batch).execute());
    }

    @Override
    public Optional<LeafState> leafOf(UUID itemId) {
        return database.jdbi().withHandle(h -> h.createQuery("select l.leaf_hash, l.proof, b.status, b.batch_id, b.root,"
                        + " b.chain_id, b.contract_address, b.submitter_account, b.transaction_hash, b.block_number, b.block_time"
                        + " from anchor_leaf l left join anchor_batch b on b.id = l.batch_id where l.item_id = :item")
                .bind("item", itemId)
                .map((rs, ctx) -> {
                    Optional<AnchorRecord> anchor = !"ANCHORED".equals(rs.getString("status")) ? Optional.empty()
                            : Optional.of(new AnchorRecord(Bytes32.of(rs.getBytes("batch_id")), Bytes32.of(rs.getBytes("root")),
                                    rs.getLong("chain_id"), rs.getString("contract_address"), rs.getString("submitter_account"),
                                    Optional.ofNullable(rs.getString("transaction_hash")), rs.getLong("block_number"),
                                    Database.instant(rs, "block_time")));
                    return new LeafState(Bytes32.of(rs.getBytes("leaf_hash")), split(rs.getBytes("proof")), anchor);
                })
                .findFirst());
    }

    /** Leaves not yet in a batch, and batches prepared but not confirmed on chain. */
    @Override
    public Backlog backlog() {
        return database.jdbi().withHandle(h -> h.createQuery("select"
                        + " (select count(*) from anchor_leaf where batch_id is null) as pending,"
                        + " (select count(*) from anchor_batch where status = 'PREPARED') as unconfirmed,"
                        + " (select min(created_at) from anchor_leaf where batch_id is null) as oldest")
                .map((rs, ctx) -> new Backlog(rs.getLong("pending"), rs.getLong("unconfirmed"),
                        Optional.ofNullable(Database.instant(rs, "oldest"))))
                .one());
    }

    static byte[] concat(List<Bytes32> proof) {
        ByteBuffer out = ByteBuffer.allocate(proof.size() * Bytes32.LENGTH);
        proof.forEach(p -> out.put(p.toByteArray()));
        return out.array();
    }

    static List<Bytes32> split(byte[] proof) {
        if (proof == null) {
            return List.of();
        }
        List<Bytes32> out = new ArrayList<>(proof.length / Bytes32.LENGTH);
        for (int i = 0; i < proof.length; i += Bytes32.LENGTH) {
            byte[] word = new byte[Bytes32.LENGTH];
            System.arraycopy(proof, i, word, 0, Bytes32.LENGTH);
            out.add(Bytes32.of(word));
        }
        return List.copyOf(out);
    }
}
