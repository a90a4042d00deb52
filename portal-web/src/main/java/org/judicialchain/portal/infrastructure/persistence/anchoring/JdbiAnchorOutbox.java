package org.judicialchain.portal.infrastructure.persistence.anchoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/**
 * The anchoring outbox: leaves waiting for a batch, and batches on their way to the chain.
 * Claims use FOR UPDATE SKIP LOCKED and leases so that several portal instances can share one
 * database. Bulk steps use JDBC arrays: one statement per batch, not one per leaf.
 * Callers hold the (JTA) transaction; the JDBC connection is enlisted in it.
 */
@ApplicationScoped
public class JdbiAnchorOutbox implements AnchorOutbox {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A PREPARED batch nobody holds a lease on (its sender crashed, or its last attempt failed). */
    public Optional<PreparedBatch> claimUnfinishedBatch(Instant now, Duration lease) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update anchor_batch set lease_until = ?, attempts = attempts + 1"
                     + " where id = (select id from anchor_batch where status = 'PREPARED'"
                     + " and (lease_until is null or lease_until < ?) order by created_at limit 1 for update skip locked)"
                     + " returning id, batch_id, root, item_count")) {
            s.setObject(1, Timestamps.of(now.plus(lease)));
            s.setObject(2, Timestamps.of(now));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new PreparedBatch(rs.getObject(1, UUID.class), Bytes32.of(rs.getBytes(2)),
                        Bytes32.of(rs.getBytes(3)), rs.getInt(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claiming an unfinished batch failed", e);
        }
    }

    public boolean hasFailingBatch() {
        return exists("select 1 from anchor_batch where status = 'PREPARED' and last_error is not null limit 1");
    }

    public List<PendingLeaf> claimPendingLeaves(int max) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, leaf_hash from anchor_leaf where batch_id is null"
                     + " order by id limit ? for update skip locked")) {
            s.setInt(1, max);
            List<PendingLeaf> leaves = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    leaves.add(new PendingLeaf(rs.getLong(1), Bytes32.of(rs.getBytes(2))));
                }
            }
            return leaves;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming pending leaves failed", e);
        }
    }

    /** Records a batch with its root and gives every leaf its proof, in one statement. */
    public PreparedBatch prepareBatch(Bytes32 root, List<PendingLeaf> leaves, List<List<Bytes32>> proofs,
                                      Instant now, Duration lease) {
        UUID id = UUID.randomUUID();
        Bytes32 batchId = batchIdOf(id);
        Long[] ids = leaves.stream().map(PendingLeaf::id).toArray(Long[]::new);
        byte[][] proofBytes = proofs.stream().map(JdbiAnchorOutbox::concat).toArray(byte[][]::new);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into anchor_batch (id, batch_id, root, item_count, status,"
                    + " created_at, lease_until, attempts) values (?, ?, ?, ?, 'PREPARED', ?, ?, 1)")) {
                s.setObject(1, id);
                s.setBytes(2, batchId.toByteArray());
                s.setBytes(3, root.toByteArray());
                s.setInt(4, leaves.size());
                s.setObject(5, Timestamps.of(now));
                s.setObject(6, Timestamps.of(now.plus(lease)));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("update anchor_leaf l set batch_id = ?, proof = v.proof"
                    + " from unnest(?::bigint[], ?::bytea[]) as v(id, proof) where l.id = v.id")) {
                s.setObject(1, id);
                s.setArray(2, c.createArrayOf("bigint", ids));
                s.setArray(3, c.createArrayOf("bytea", proofBytes));
                int updated = s.executeUpdate();
                if (updated != ids.length) {
                    throw new IllegalStateException("expected to batch " + ids.length + " leaves, batched " + updated);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("preparing a batch failed", e);
        }
        return new PreparedBatch(id, batchId, root, leaves.size());
    }

    public void markAnchored(UUID batch, BatchAnchor anchor, long chainId, String contract, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("update anchor_batch set status = 'ANCHORED', chain_id = ?,"
                    + " contract_address = ?, submitter_account = ?, transaction_hash = ?, block_number = ?, block_time = ?,"
                    + " anchored_at = ?, lease_until = null, last_error = null where id = ?")) {
                s.setLong(1, chainId);
                s.setString(2, contract);
                s.setString(3, anchor.submitterAccount());
                s.setString(4, anchor.transactionHash().orElse(null));
                s.setLong(5, anchor.blockNumber());
                s.setObject(6, Timestamps.of(anchor.blockTime()));
                s.setObject(7, Timestamps.of(now));
                s.setObject(8, batch);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("update evidence set status = 'ANCHORED' where id in"
                    + " (select item_id from anchor_leaf where batch_id = ? and item_type = 'EVIDENCE')")) {
                s.setObject(1, batch);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("confirming batch " + batch + " failed", e);
        }
    }

    public void recordFailure(UUID batch, String error, Instant retryAt) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update anchor_batch set last_error = ?, lease_until = ? where id = ?")) {
            s.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            s.setObject(2, Timestamps.of(retryAt));
            s.setObject(3, batch);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording the failure of batch " + batch + " failed", e);
        }
    }

    public Optional<LeafState> leafOf(UUID itemId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select leaf_hash, proof, batch_id from anchor_leaf where item_id = ?")) {
            s.setObject(1, itemId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Bytes32 hash = Bytes32.of(rs.getBytes(1));
                byte[] proof = rs.getBytes(2);
                UUID batchId = rs.getObject(3, UUID.class);
                Optional<AnchorBatchEntity> batch = batchId == null ? Optional.empty()
                        : Optional.ofNullable(em.find(AnchorBatchEntity.class, batchId));
                return Optional.of(new LeafState(hash, split(proof), batch.flatMap(AnchorBatchEntity::anchor)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading leaf of " + itemId + " failed", e);
        }
    }

    private boolean exists(String sql) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** Leaves not yet in a batch, and batches prepared but not confirmed on chain. */
    public Backlog backlog() {
        Object[] row = (Object[]) em.createNativeQuery("select (select count(*) from anchor_leaf where batch_id is null),"
                + " (select count(*) from anchor_batch where status = 'PREPARED'),"
                + " (select min(created_at) from anchor_leaf where batch_id is null)").getSingleResult();
        Object oldest = row[2];
        Optional<Instant> since = oldest == null ? Optional.empty() : Optional.of(toInstant(oldest));
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), since);
    }

    /** The on-chain batch id: the batch's UUID in the low 16 bytes, like leaf item ids. */
    static Bytes32 batchIdOf(UUID id) {
        ByteBuffer word = ByteBuffer.allocate(32);
        word.position(16);
        word.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Bytes32.of(word.array());
    }

    private static byte[] concat(List<Bytes32> proof) {
        ByteBuffer out = ByteBuffer.allocate(proof.size() * Bytes32.LENGTH);
        proof.forEach(p -> out.put(p.toByteArray()));
        return out.array();
    }

    private static List<Bytes32> split(byte[] proof) {
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

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
