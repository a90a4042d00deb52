package org.judicialchain.evidence.domain.service;

import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;

/**
 * The CaseLifecycle contract as the portal uses it. Lifecycle steps are few per case, so each is
 * its own transaction; they are sent in waves (many transactions, then their receipts) so a large
 * book does not wait on one block per case.
 */
public interface LifecycleLedger {

    /** The account this ledger signs with: the portal's operator account, or an institution's own. */
    String operatorAccount();

    /** The contract call of a step as hex ("0x..."), for a party that signs it with its own key. */
    String callData(LifecycleStep step);

    String contractAddress();

    /**
     * Simulates a step against the current chain state.
     *
     * @return the contract's refusal in words (for example "forbidden transition SETTLED -> REMINDED"),
     *         or empty when the step would succeed
     * @throws LedgerUnavailableException when the node cannot be reached
     */
    Optional<String> refusal(LifecycleStep step);

    /** Sends the steps as one wave and waits for their receipts; one outcome per step, in order. */
    List<Outcome> send(List<LifecycleStep> steps);

    /** The state of a case on chain; empty when the chain does not know the case. */
    Optional<OnChainCase> stateOf(Bytes32 caseId);

    /**
     * Makes sure {@code account} is bound to {@code role} for {@code org} when the operator is a court
     * admin (a local chain the portal deployed); on a court network the court admins bind accounts.
     */
    void ensureBound(String account, Role role, Bytes32 org);

    /** The newest block's number. */
    long headBlock();

    /**
     * The StateChanged and CreditorTransferred events the contract emitted in blocks {@code fromBlock..toBlock}
     * (inclusive), in chain order: what the cases' states and creditors in the portal's database are projected from.
     */
    List<CaseEvent> caseEvents(long fromBlock, long toBlock);

    enum Role { NONE, LENDER, COLLECTOR, COURT, PORTAL }

    /** What became of a sent step: mined (with block) or refused (with the contract's reason). */
    record Outcome(boolean mined, String transactionHash, long blockNumber, String refusal) {
    }

    record OnChainCase(CaseState state, long since, int transitions) {
    }

    /**
     * The case's chain of title as the contract recorded it, in chain order: its opening for the first creditor,
     * every assignment to a new creditor, every agency authorisation (with its window) and revocation.
     */
    List<TitleEvent> titleOf(Bytes32 caseId);

    /**
     * One entry of a chain of title. {@code party}: OPENED and ASSIGNED the creditor's tag, AGENCY_AUTHORISED the
     * agency's tag, AGENCY_REVOKED zero; {@code previous}: ASSIGNED the former creditor's tag; {@code digest}: the
     * anchored agreement or authorisation document; {@code account}: ASSIGNED the new creditor's account.
     */
    record TitleEvent(TitleKind kind, Bytes32 party, Bytes32 previous, String by, String account, Bytes32 digest,
                      long validFrom, long validTo, String transactionHash, long blockNumber) {
    }

    enum TitleKind { OPENED, ASSIGNED, AGENCY_AUTHORISED, AGENCY_REVOKED }

    /** An event of one case, where it stands in the chain. */
    sealed interface CaseEvent {
        Bytes32 caseId();

        String transactionHash();

        int logIndex();

        long blockNumber();
    }

    /** One accepted state change: which case, from and to what, by which account, in which transaction. */
    record StateChange(Bytes32 caseId, CaseState from, CaseState to, String by, Bytes32 reason, String transactionHash,
                       int logIndex, long blockNumber) implements CaseEvent {
    }

    /** One accepted assignment: from and to which creditor (tags), signed by whom, naming the new creditor's account. */
    record CreditorTransfer(Bytes32 caseId, Bytes32 from, Bytes32 to, String by, String account, Bytes32 agreement,
                            String transactionHash, int logIndex, long blockNumber) implements CaseEvent {
    }
}
