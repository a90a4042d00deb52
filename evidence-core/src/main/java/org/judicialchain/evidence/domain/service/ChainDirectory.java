package org.judicialchain.evidence.domain.service;

import java.util.List;
import java.util.Objects;
import org.judicialchain.evidence.domain.model.directory.AccountStanding;

/**
 * Who may do what on the two contracts: every account the EvidenceRegistry allowlisted or made admin and
 * every account the CaseLifecycle contract bound to a role or made admin, read from the contracts' events
 * and confirmed with their view functions. Read-only; implementations use only standard JSON-RPC
 * (eth_getLogs, eth_call), which Besu and anvil both serve.
 */
public interface ChainDirectory {

    /** @throws LedgerUnavailableException when the node cannot be reached or refuses a log query */
    Snapshot read();

    /**
     * The directory as of one block.
     *
     * @param accounts every account either contract's events name, ordered by address
     */
    record Snapshot(String registryAddress, String lifecycleAddress, long blockNumber, List<Account> accounts) {
        public Snapshot {
            Objects.requireNonNull(registryAddress, "registryAddress");
            Objects.requireNonNull(lifecycleAddress, "lifecycleAddress");
            accounts = List.copyOf(accounts);
        }
    }

    /**
     * One account: its rights as the contracts' views answer at the snapshot's block, with the last change
     * from the events.
     *
     * @param eventsAgree whether replaying the events gives the same rights as the views (false means some
     *                    events were not in the logs read, e.g. a node that pruned them)
     */
    record Account(AccountStanding standing, boolean eventsAgree) {
        public Account {
            Objects.requireNonNull(standing, "standing");
        }
    }
}
