package org.judicialchain.evidence.domain.model.evidence;

/** PENDING: accepted and durable, waiting for its batch; ANCHORED: its batch root is on chain. */
public enum EvidenceStatus {
    PENDING,
    ANCHORED
}
