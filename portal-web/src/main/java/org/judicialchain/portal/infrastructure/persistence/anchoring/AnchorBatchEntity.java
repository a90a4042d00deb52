package org.judicialchain.portal.infrastructure.persistence.anchoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.anchoring.AnchorRecord;
import org.judicialchain.portal.infrastructure.persistence.InstantConverter;

/** A batch of leaves, read side: PREPARED (root fixed, not yet confirmed on chain) then ANCHORED. Written by AnchorOutbox. */
@Entity
@Table(name = "anchor_batch")
public class AnchorBatchEntity {

    public static final String PREPARED = "PREPARED";
    public static final String ANCHORED = "ANCHORED";

    @Id
    UUID id;
    @Column(name = "batch_id")
    byte[] batchId;
    byte[] root;
    @Column(name = "item_count")
    int itemCount;
    String status;
    @Column(name = "created_at")
    @Convert(converter = InstantConverter.class)
    Instant createdAt;
    @Column(name = "lease_until")
    @Convert(converter = InstantConverter.class)
    Instant leaseUntil;
    int attempts;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "chain_id")
    Long chainId;
    @Column(name = "contract_address")
    String contractAddress;
    @Column(name = "submitter_account")
    String submitterAccount;
    @Column(name = "transaction_hash")
    String transactionHash;
    @Column(name = "block_number")
    Long blockNumber;
    @Column(name = "block_time")
    @Convert(converter = InstantConverter.class)
    Instant blockTime;
    @Column(name = "anchored_at")
    @Convert(converter = InstantConverter.class)
    Instant anchoredAt;

    public AnchorBatchEntity() {
    }

    public UUID id() {
        return id;
    }

    public Bytes32 batchId() {
        return Bytes32.of(batchId);
    }

    public Bytes32 root() {
        return Bytes32.of(root);
    }

    public int itemCount() {
        return itemCount;
    }

    public boolean anchored() {
        return ANCHORED.equals(status);
    }

    public Optional<AnchorRecord> anchor() {
        if (!anchored()) {
            return Optional.empty();
        }
        return Optional.of(new AnchorRecord(batchId(), root(), chainId, contractAddress, submitterAccount,
                Optional.ofNullable(transactionHash), blockNumber, blockTime));
    }

}
