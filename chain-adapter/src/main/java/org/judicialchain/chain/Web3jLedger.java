package org.judicialchain.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.model.evidence.DigestAnchor;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.evidence.domain.service.AnchorTakenException;
import org.judicialchain.evidence.domain.service.LedgerRejectedException;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.web3j.abi.EventEncoder;
import org.web3j.protocol.core.DefaultBlockParameterNumber;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.tuples.generated.Tuple4;
import org.web3j.tuples.generated.Tuple6;

/** The Ledger port on the EvidenceRegistry contract through web3j; no web3j type leaves this class. */
public final class Web3jLedger implements Ledger {

    private final ChainConnection connection;
    private final EvidenceRegistry registry;
    private final String contractAddress;

    public Web3jLedger(ChainConnection connection, String contractAddress) {
        this.connection = connection;
        this.contractAddress = contractAddress;
        this.registry = EvidenceRegistry.load(contractAddress, connection.web3j(),
                connection.transactionManager(), connection.gasProvider());
    }

    /**
     * Deploys a new registry from this connection's account, which becomes its first court admin,
     * and allowlists that account for {@code institution} so it can anchor batches.
     */
    public static String deployRegistry(ChainConnection connection, Bytes32 institution) {
        try {
            EvidenceRegistry deployed = EvidenceRegistry.deploy(connection.web3j(), connection.transactionManager(),
                    connection.gasProvider()).send();
            deployed.allowSubmitter(connection.account(), institution.toByteArray()).send();
            return deployed.getContractAddress();
        } catch (TransactionException e) {
            throw new LedgerRejectedException("deploying EvidenceRegistry failed: " + e.getMessage());
        } catch (Exception e) {
            throw unavailable("deploy EvidenceRegistry", e);
        }
    }

    @Override
    public ChainStatus status() {
        try {
            long chainId = connection.web3j().ethChainId().send().getChainId().longValueExact();
            long head = connection.web3j().ethBlockNumber().send().getBlockNumber().longValueExact();
            String client = connection.web3j().web3ClientVersion().send().getWeb3ClientVersion();
            return new ChainStatus(chainId, contractAddress, head, client);
        } catch (IOException | RuntimeException e) {
            throw unavailable("chain status", e);
        }
    }

    @Override
    public String registryAddress() {
        return contractAddress;
    }

    @Override
    public BatchAnchor anchorBatch(Bytes32 batchId, Bytes32 root, int itemCount) {
        Optional<BatchAnchor> landed = alreadyOnChain(batchId, root);
        if (landed.isPresent()) {
            return landed.get();
        }
        TransactionReceipt receipt;
        try {
            receipt = registry.anchorBatch(batchId.toByteArray(), root.toByteArray(), BigInteger.valueOf(itemCount)).send();
        } catch (TransactionException e) {
            // An earlier attempt of ours (or another instance) may have landed meanwhile, or someone took the id or root.
            return alreadyOnChain(batchId, root).orElseThrow(() ->
                    new LedgerRejectedException("anchorBatch " + batchId + " reverted: " + e.getMessage()));
        } catch (Exception e) {
            throw unavailable("anchorBatch", e);
        }
        BatchAnchor anchored = alreadyOnChain(batchId, root).orElseThrow(() ->
                new LedgerRejectedException("anchorBatch " + batchId + " mined but the batch is not on chain"));
        return withTransaction(anchored, receipt.getTransactionHash());
    }

    /**
     * This batch as already anchored by this account, if it is; empty when neither the batch id nor the root is on
     * chain. A batch id or root that is on chain but not ours with exactly this pair is someone else's.
     *
     * @throws AnchorTakenException when the batch id or the root was anchored by another account or with another partner
     */
    private Optional<BatchAnchor> alreadyOnChain(Bytes32 batchId, Bytes32 root) {
        Optional<BatchAnchor> byId = findBatch(batchId);
        if (byId.isPresent()) {
            if (ours(byId.get(), batchId, root)) {
                return byId;
            }
            throw new AnchorTakenException(AnchorTakenException.Taken.BATCH_ID, byId.get());
        }
        Optional<BatchAnchor> byRoot = findRoot(root);
        if (byRoot.isPresent()) {
            throw new AnchorTakenException(AnchorTakenException.Taken.ROOT, byRoot.get());
        }
        return Optional.empty();
    }

    private boolean ours(BatchAnchor anchor, Bytes32 batchId, Bytes32 root) {
        return anchor.root().equals(root) && anchor.batchId().equals(batchId)
                && anchor.submitterAccount().equalsIgnoreCase(connection.account());
    }

    @Override
    public Optional<BatchAnchor> findBatch(Bytes32 batchId) {
        try {
            Bytes32 root = Bytes32.of(registry.rootOf(batchId.toByteArray()).send());
            return root.isZero() ? Optional.empty() : findRoot(root);
        } catch (Exception e) {
            throw unavailable("rootOf", e);
        }
    }

    @Override
    public Optional<BatchAnchor> findRoot(Bytes32 root) {
        Tuple6<String, byte[], BigInteger, BigInteger, BigInteger, byte[]> a;
        try {
            a = registry.batchAnchor(root.toByteArray()).send();
        } catch (Exception e) {
            throw unavailable("batchAnchor", e);
        }
        if (a.component3().signum() == 0) {
            return Optional.empty();
        }
        Bytes32 batchId = Bytes32.of(a.component6());
        long block = a.component3().longValueExact();
        return Optional.of(new BatchAnchor(batchId, root, a.component5().intValueExact(), a.component1(),
                Bytes32.of(a.component2()), block, Instant.ofEpochSecond(a.component4().longValueExact()),
                transactionOf(batchId, block)));
    }

    @Override
    public boolean verifyOnChain(Bytes32 root, List<Bytes32> proof, Bytes32 leafHash) {
        try {
            return registry.verifyLeaf(root.toByteArray(), proof.stream().map(Bytes32::toByteArray).toList(),
                    leafHash.toByteArray()).send();
        } catch (Exception e) {
            throw unavailable("verifyLeaf", e);
        }
    }

    @Override
    public Optional<DigestAnchor> findDigest(Bytes32 digest) {
        Tuple4<String, byte[], BigInteger, BigInteger> a;
        try {
            a = registry.digestAnchor(digest.toByteArray()).send();
        } catch (Exception e) {
            throw unavailable("digestAnchor", e);
        }
        if (a.component3().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new DigestAnchor(digest, a.component1(), Bytes32.of(a.component2()),
                a.component3().longValueExact(), Instant.ofEpochSecond(a.component4().longValueExact())));
    }

    /** The transaction that anchored a batch, from its BatchAnchored event in the recorded block. */
    private Optional<String> transactionOf(Bytes32 batchId, long block) {
        EthFilter filter = new EthFilter(new DefaultBlockParameterNumber(block), new DefaultBlockParameterNumber(block),
                contractAddress);
        filter.addSingleTopic(EventEncoder.encode(EvidenceRegistry.BATCHANCHORED_EVENT));
        filter.addSingleTopic(batchId.hex0x());
        try {
            List<EthLog.LogResult> logs = connection.web3j().ethGetLogs(filter).send().getLogs();
            return logs == null || logs.isEmpty() ? Optional.empty()
                    : Optional.of(((EthLog.LogObject) logs.getFirst()).getTransactionHash());
        } catch (IOException | RuntimeException e) {
            // The anchor itself is proven by the contract state; a missing tx hash is not fatal.
            return Optional.empty();
        }
    }

    private static BatchAnchor withTransaction(BatchAnchor a, String txHash) {
        return new BatchAnchor(a.batchId(), a.root(), a.itemCount(), a.submitterAccount(), a.institution(),
                a.blockNumber(), a.blockTime(), Optional.of(txHash));
    }

    static LedgerUnavailableException unavailable(String what, Exception cause) {
        return new LedgerUnavailableException(what + " failed: chain node unreachable or not answering ("
                + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")", cause);
    }
}
