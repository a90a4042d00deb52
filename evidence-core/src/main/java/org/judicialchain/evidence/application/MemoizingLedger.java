package org.judicialchain.evidence.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.model.evidence.DigestAnchor;
import org.judicialchain.evidence.domain.service.Ledger;

/**
 * Remembers root look-ups for the span of one check (a case chain holds many leaves of few
 * batches). Not thread-safe and not for long: anchors only ever appear, but a view should be fresh.
 */
public final class MemoizingLedger implements Ledger {

    private final Ledger delegate;
    private final Map<Bytes32, Optional<BatchAnchor>> roots = new HashMap<>();

    public MemoizingLedger(Ledger delegate) {
        this.delegate = delegate;
    }

    @Override
    public ChainStatus status() {
        return delegate.status();
    }

    @Override
    public String registryAddress() {
        return delegate.registryAddress();
    }

    @Override
    public BatchAnchor anchorBatch(Bytes32 batchId, Bytes32 root, int itemCount) {
        return delegate.anchorBatch(batchId, root, itemCount);
    }

    @Override
    public Optional<BatchAnchor> findBatch(Bytes32 batchId) {
        return delegate.findBatch(batchId);
    }

    @Override
    public Optional<BatchAnchor> findRoot(Bytes32 root) {
        return roots.computeIfAbsent(root, delegate::findRoot);
    }

    @Override
    public boolean verifyOnChain(Bytes32 root, List<Bytes32> proof, Bytes32 leafHash) {
        return delegate.verifyOnChain(root, proof, leafHash);
    }

    @Override
    public Optional<DigestAnchor> findDigest(Bytes32 digest) {
        return delegate.findDigest(digest);
    }
}
