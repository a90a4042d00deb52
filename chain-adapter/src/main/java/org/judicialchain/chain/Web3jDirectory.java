package org.judicialchain.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.directory.AccountEvent;
import org.judicialchain.evidence.domain.model.directory.AccountReplay;
import org.judicialchain.evidence.domain.model.directory.AccountStanding;
import org.judicialchain.evidence.domain.model.directory.ChainAddress;
import org.judicialchain.evidence.domain.service.ChainDirectory;
import org.judicialchain.evidence.domain.service.LifecycleLedger.Role;
import org.web3j.protocol.core.DefaultBlockParameterNumber;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.tuples.generated.Tuple2;
import org.web3j.tx.ReadonlyTransactionManager;

/**
 * The ChainDirectory port on the two contracts through web3j: their allowlist, admin and role events by
 * eth_getLogs, decoded with the generated wrappers, then each account's rights from the view functions at
 * the block the logs were read to. No web3j type leaves this class.
 *
 * <p>Logs are read in ranges of {@link #BLOCKS_PER_QUERY} blocks because Besu refuses eth_getLogs over a
 * wider range than its --rpc-max-logs-range (1000 blocks by default when it was introduced), and one
 * query over a long chain would be slow and large even where allowed. The events read are kept, so a
 * later read only asks for the blocks mined since: a court network has instant finality (QBFT), so
 * blocks once read do not change. A chain that starts again below the blocks read (a reset local chain)
 * is read again from the start.
 */
public final class Web3jDirectory implements ChainDirectory {

    static final long BLOCKS_PER_QUERY = 1_000;

    private final ChainConnection connection;
    private final String registryAddress;
    private final String lifecycleAddress;
    private final long firstBlock;
    private final List<AccountEvent> eventsRead = new ArrayList<>();
    private long readTo;

    /**
     * @param firstBlock the block to read from: 0, or the block the contracts were deployed in, so that a
     *                   long chain is not read from its genesis
     */
    public Web3jDirectory(ChainConnection connection, String registryAddress, String lifecycleAddress, long firstBlock) {
        this.connection = connection;
        this.registryAddress = ChainAddress.normalise(registryAddress);
        this.lifecycleAddress = ChainAddress.normalise(lifecycleAddress);
        this.firstBlock = Math.max(0, firstBlock);
        this.readTo = this.firstBlock - 1;
    }

    @Override
    public synchronized Snapshot read() {
        long head = headBlock();
        if (head < readTo) {
            eventsRead.clear();
            readTo = firstBlock - 1;
        }
        while (readTo < head) {
            long to = Math.min(head, readTo + BLOCKS_PER_QUERY);
            eventsRead.addAll(eventsIn(readTo + 1, to));
            readTo = to;
        }
        Map<String, AccountStanding> replayed = AccountReplay.replay(eventsRead);
        Views views = new Views(head);
        List<Account> accounts = replayed.values().stream().map(fromEvents -> {
            AccountStanding now = views.standingOf(fromEvents);
            return new Account(now, now.sameRightsAs(fromEvents));
        }).toList();
        return new Snapshot(registryAddress, lifecycleAddress, head, accounts);
    }

    private long headBlock() {
        try {
            return connection.web3j().ethBlockNumber().send().getBlockNumber().longValueExact();
        } catch (IOException | RuntimeException e) {
            throw Web3jLedger.unavailable("eth_blockNumber", e);
        }
    }

    /** One eth_getLogs over both contracts and the event kinds about accounts (topic 0 is any of them). */
    private List<AccountEvent> eventsIn(long from, long to) {
        EthFilter filter = new EthFilter(new DefaultBlockParameterNumber(from), new DefaultBlockParameterNumber(to),
                List.of(registryAddress, lifecycleAddress));
        filter.addOptionalTopics(EventDecoding.TOPICS);
        List<AccountEvent> events = new ArrayList<>();
        for (Log log : Logs.fetch(connection.web3j(), filter, from + ".." + to)) {
            decode(log).ifPresent(events::add);
        }
        return events;
    }

    private Optional<AccountEvent> decode(Log log) {
        if (log.isRemoved() || log.getTopics().isEmpty()) {
            return Optional.empty();
        }
        boolean registry = registryAddress.equals(log.getAddress().toLowerCase(Locale.ROOT));
        return Optional.ofNullable(registry ? EventDecoding.fromRegistry(log) : EventDecoding.fromLifecycle(log));
    }

    /** The contracts' view functions, all asked at one block so that the answers fit together. */
    private final class Views {
        private final EvidenceRegistry registry;
        private final CaseLifecycle lifecycle;

        Views(long block) {
            ReadonlyTransactionManager readOnly = new ReadonlyTransactionManager(connection.web3j(), connection.account());
            registry = EvidenceRegistry.load(registryAddress, connection.web3j(), readOnly, connection.gasProvider());
            lifecycle = CaseLifecycle.load(lifecycleAddress, connection.web3j(), readOnly, connection.gasProvider());
            registry.setDefaultBlockParameter(new DefaultBlockParameterNumber(block));
            lifecycle.setDefaultBlockParameter(new DefaultBlockParameterNumber(block));
        }

        AccountStanding standingOf(AccountStanding fromEvents) {
            String account = fromEvents.account();
            try {
                Bytes32 institution = Bytes32.of(registry.institutionOf(account).send());
                boolean registryAdmin = registry.isCourtAdmin(account).send();
                boolean lifecycleAdmin = lifecycle.isCourtAdmin(account).send();
                Tuple2<BigInteger, byte[]> role = lifecycle.roleOf(account).send();
                return new AccountStanding(account, institution, fromEvents.formerInstitution(), registryAdmin, lifecycleAdmin,
                        Role.values()[role.component1().intValueExact()], Bytes32.of(role.component2()),
                        fromEvents.lastChange());
            } catch (Exception e) {
                throw Web3jLedger.unavailable("reading the standing of " + account, e);
            }
        }
    }
}
