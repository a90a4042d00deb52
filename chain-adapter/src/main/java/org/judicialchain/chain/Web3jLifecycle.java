package org.judicialchain.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleRules;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;
import org.judicialchain.evidence.domain.service.LedgerRejectedException;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.web3j.abi.CustomErrorEncoder;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.datatypes.CustomError;
import org.web3j.abi.datatypes.Type;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.DefaultBlockParameterNumber;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.tuples.generated.Tuple2;
import org.web3j.tuples.generated.Tuple3;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.tx.response.TransactionReceiptProcessor;

/** The LifecycleLedger port on the CaseLifecycle contract through web3j; no web3j type leaves this class. */
public final class Web3jLifecycle implements LifecycleLedger {

    private static final BigInteger STEP_GAS = BigInteger.valueOf(300_000);
    private static final List<CustomError> ERRORS = List.of(CaseLifecycle.CASEALREADYOPEN_ERROR,
            CaseLifecycle.FORBIDDENTRANSITION_ERROR, CaseLifecycle.INVALIDROLE_ERROR, CaseLifecycle.LASTCOURTADMIN_ERROR,
            CaseLifecycle.NOTALLOWED_ERROR, CaseLifecycle.NOTCOURTADMIN_ERROR, CaseLifecycle.NOTCREDITOR_ERROR,
            CaseLifecycle.UNKNOWNCASE_ERROR, CaseLifecycle.ZEROVALUE_ERROR, CaseLifecycle.INVALIDWINDOW_ERROR,
            CaseLifecycle.NOTALENDER_ERROR, CaseLifecycle.CASECLOSED_ERROR);
    private static final Map<String, CustomError> BY_SELECTOR = new HashMap<>();
    private static final String STATE_CHANGED = EventEncoder.encode(CaseLifecycle.STATECHANGED_EVENT);
    private static final String CASE_OPENED = EventEncoder.encode(CaseLifecycle.CASEOPENED_EVENT);
    private static final String CREDITOR_TRANSFERRED = EventEncoder.encode(CaseLifecycle.CREDITORTRANSFERRED_EVENT);
    private static final String AGENCY_CHANGED = EventEncoder.encode(CaseLifecycle.AGENCYCHANGED_EVENT);

    static {
        for (CustomError error : ERRORS) {
            BY_SELECTOR.put(CustomErrorEncoder.encode(error).substring(0, 10), error);
        }
    }

    private final ChainConnection connection;
    private final String address;
    private final CaseLifecycle contract;
    private final TransactionManager transactions;
    private final TransactionReceiptProcessor receipts;

    public Web3jLifecycle(ChainConnection connection, String address) {
        this.connection = connection;
        this.address = address;
        this.transactions = connection.transactionManager();
        this.contract = CaseLifecycle.load(address, connection.web3j(), transactions, connection.gasProvider());
        this.receipts = new PollingTransactionReceiptProcessor(connection.web3j(), 50, 1200);
    }

    /** The same contract, its transactions signed by {@code signer} (an institution's own account). */
    public Web3jLifecycle signedBy(ChainConnection signer) {
        return new Web3jLifecycle(signer, address);
    }

    /** Deploys the contract from this connection's account (its first court admin) and binds it as PORTAL for {@code portalOrg}. */
    public static String deploy(ChainConnection connection, Bytes32 portalOrg) {
        try {
            CaseLifecycle deployed = CaseLifecycle.deploy(connection.web3j(), connection.transactionManager(),
                    connection.gasProvider()).send();
            deployed.bindRole(connection.account(), BigInteger.valueOf(Role.PORTAL.ordinal()), portalOrg.toByteArray()).send();
            return deployed.getContractAddress();
        } catch (TransactionException e) {
            throw new LedgerRejectedException("deploying CaseLifecycle failed: " + e.getMessage());
        } catch (Exception e) {
            throw Web3jLedger.unavailable("deploy CaseLifecycle", e);
        }
    }

    @Override
    public String operatorAccount() {
        return connection.account();
    }

    @Override
    public String contractAddress() {
        return address;
    }

    @Override
    public String callData(LifecycleStep step) {
        return call(step).encodeFunctionCall();
    }

    @Override
    public Optional<String> refusal(LifecycleStep step) {
        try {
            EthCall call = connection.web3j().ethCall(Transaction.createEthCallTransaction(connection.account(), address,
                    call(step).encodeFunctionCall()), DefaultBlockParameterName.LATEST).send();
            if (!call.isReverted() && !call.hasError()) {
                return Optional.empty();
            }
            String data = call.getError() == null || call.getError().getData() == null ? ""
                    : call.getError().getData().replace("\"", "");
            return Optional.of(explain(data, call.getRevertReason()));
        } catch (IOException | RuntimeException e) {
            throw Web3jLedger.unavailable("eth_call " + step.kind(), e);
        }
    }

    @Override
    public List<Outcome> send(List<LifecycleStep> steps) {
        List<String> hashes = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (LifecycleStep step : steps) {
                EthSendTransaction sent = transactions.sendTransaction(BigInteger.ZERO, STEP_GAS, address,
                        call(step).encodeFunctionCall(), BigInteger.ZERO);
                hashes.add(sent.hasError() ? null : sent.getTransactionHash());
                outcomes.add(sent.hasError() ? new Outcome(false, null, 0, "not accepted by the node: "
                        + sent.getError().getMessage()) : null);
            }
            for (int i = 0; i < steps.size(); i++) {
                if (hashes.get(i) == null) {
                    continue;
                }
                TransactionReceipt receipt = receipts.waitForTransactionReceipt(hashes.get(i));
                outcomes.set(i, receipt.isStatusOK()
                        ? new Outcome(true, hashes.get(i), receipt.getBlockNumber().longValueExact(), null)
                        : new Outcome(false, hashes.get(i), receipt.getBlockNumber().longValueExact(),
                                "the transaction reverted (the chain's state changed since the check)"));
            }
            return outcomes;
        } catch (IOException | TransactionException | RuntimeException e) {
            throw Web3jLedger.unavailable("sending lifecycle steps", e);
        }
    }

    @Override
    public Optional<OnChainCase> stateOf(Bytes32 caseId) {
        try {
            Tuple3<BigInteger, BigInteger, BigInteger> s = contract.stateOf(caseId.toByteArray()).send();
            int state = s.component1().intValueExact();
            return state == 0 ? Optional.empty() : Optional.of(new OnChainCase(LifecycleRules.fromChain(state),
                    s.component2().longValueExact(), s.component3().intValueExact()));
        } catch (Exception e) {
            throw Web3jLedger.unavailable("stateOf", e);
        }
    }

    @Override
    public void ensureBound(String account, Role role, Bytes32 org) {
        try {
            Tuple2<BigInteger, byte[]> current = contract.roleOf(account).send();
            if (current.component1().intValueExact() == role.ordinal() && Bytes32.of(current.component2()).equals(org)) {
                return;
            }
            if (!contract.isCourtAdmin(connection.account()).send()) {
                throw new LedgerRejectedException("account " + account + " is not bound as " + role + " for this organisation,"
                        + " and the portal is not a court admin of the lifecycle contract: a court admin must bind it");
            }
            contract.bindRole(account, BigInteger.valueOf(role.ordinal()), org.toByteArray()).send();
        } catch (LedgerRejectedException e) {
            throw e;
        } catch (TransactionException e) {
            throw new LedgerRejectedException("binding " + account + " as " + role + " failed: " + e.getMessage());
        } catch (Exception e) {
            throw Web3jLedger.unavailable("bindRole", e);
        }
    }

    @Override
    public long headBlock() {
        try {
            return connection.web3j().ethBlockNumber().send().getBlockNumber().longValueExact();
        } catch (IOException | RuntimeException e) {
            throw Web3jLedger.unavailable("eth_blockNumber", e);
        }
    }

    @Override
    public List<CaseEvent> caseEvents(long fromBlock, long toBlock) {
        EthFilter filter = new EthFilter(new DefaultBlockParameterNumber(fromBlock), new DefaultBlockParameterNumber(toBlock),
                address);
        filter.addOptionalTopics(STATE_CHANGED, CREDITOR_TRANSFERRED);
        List<CaseEvent> events = new ArrayList<>();
        for (Log log : Logs.fetch(connection.web3j(), filter, fromBlock + ".." + toBlock)) {
            if (log.isRemoved() || log.getTopics().isEmpty()) {
                continue;
            }
            String topic = log.getTopics().getFirst();
            if (STATE_CHANGED.equals(topic)) {
                var e = CaseLifecycle.getStateChangedEventFromLog(log);
                events.add(new StateChange(Bytes32.of(e.caseId), LifecycleRules.fromChain(e.from.intValueExact()),
                        LifecycleRules.fromChain(e.to.intValueExact()), lower(e.by), Bytes32.of(e.reasonDigest),
                        log.getTransactionHash(), log.getLogIndex().intValueExact(), log.getBlockNumber().longValueExact()));
            } else if (CREDITOR_TRANSFERRED.equals(topic)) {
                var e = CaseLifecycle.getCreditorTransferredEventFromLog(log);
                events.add(new CreditorTransfer(Bytes32.of(e.caseId), Bytes32.of(e.from), Bytes32.of(e.to), lower(e.by),
                        lower(e.toAccount), Bytes32.of(e.agreementDigest), log.getTransactionHash(),
                        log.getLogIndex().intValueExact(), log.getBlockNumber().longValueExact()));
            }
        }
        return events;
    }

    @Override
    public List<TitleEvent> titleOf(Bytes32 caseId) {
        EthFilter filter = new EthFilter(DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST, address);
        filter.addOptionalTopics(CASE_OPENED, CREDITOR_TRANSFERRED, AGENCY_CHANGED);
        filter.addSingleTopic(caseId.hex0x());
        List<TitleEvent> title = new ArrayList<>();
        for (Log log : Logs.fetch(connection.web3j(), filter, "0..latest")) {
            if (log.isRemoved() || log.getTopics().isEmpty()) {
                continue;
            }
            String topic = log.getTopics().getFirst();
            String tx = log.getTransactionHash();
            long block = log.getBlockNumber().longValueExact();
            if (CASE_OPENED.equals(topic)) {
                var e = CaseLifecycle.getCaseOpenedEventFromLog(log);
                title.add(new TitleEvent(TitleKind.OPENED, Bytes32.of(e.creditor), Bytes32.ZERO, lower(e.by), null,
                        Bytes32.ZERO, 0, 0, tx, block));
            } else if (CREDITOR_TRANSFERRED.equals(topic)) {
                var e = CaseLifecycle.getCreditorTransferredEventFromLog(log);
                title.add(new TitleEvent(TitleKind.ASSIGNED, Bytes32.of(e.to), Bytes32.of(e.from), lower(e.by),
                        lower(e.toAccount), Bytes32.of(e.agreementDigest), 0, 0, tx, block));
            } else if (AGENCY_CHANGED.equals(topic)) {
                var e = CaseLifecycle.getAgencyChangedEventFromLog(log);
                Bytes32 agency = Bytes32.of(e.agency);
                title.add(new TitleEvent(agency.equals(Bytes32.ZERO) ? TitleKind.AGENCY_REVOKED : TitleKind.AGENCY_AUTHORISED,
                        agency, Bytes32.ZERO, lower(e.by), null, Bytes32.of(e.reasonDigest), e.validFrom.longValueExact(),
                        e.validTo.longValueExact(), tx, block));
            }
        }
        return title;
    }

    private static String lower(String address) {
        return address == null ? null : address.toLowerCase(java.util.Locale.ROOT);
    }

    private RemoteFunctionCall<TransactionReceipt> call(LifecycleStep step) {
        byte[] caseId = step.caseId().toByteArray();
        return switch (step.kind()) {
            case OPEN -> contract.openCase(caseId, step.org().toByteArray());
            case TRANSITION -> contract.transition(caseId, BigInteger.valueOf(LifecycleRules.onChain(step.to())),
                    step.reason().toByteArray());
            case SET_AGENCY -> contract.setAgency(caseId, step.org().toByteArray(), BigInteger.valueOf(step.validFrom()),
                    BigInteger.valueOf(step.validTo()), step.reason().toByteArray());
            case TRANSFER -> contract.transferCreditor(caseId, step.account().orElseThrow(), step.reason().toByteArray());
        };
    }

    /** The contract's custom error in words a court clerk can read. */
    static String explain(String data, String fallback) {
        if (data.length() < 10) {
            return "refused by the lifecycle contract" + (fallback == null ? "" : ": " + fallback);
        }
        CustomError error = BY_SELECTOR.get(data.substring(0, 10));
        if (error == null) {
            return "refused by the lifecycle contract (error data " + data + ")";
        }
        @SuppressWarnings({"rawtypes", "unchecked"})
        List<Type> args = FunctionReturnDecoder.decode("0x" + data.substring(10), (List) error.getParameters());
        return switch (error.getName()) {
            case "ForbiddenTransition" -> "forbidden transition " + state(args.get(1)) + " -> " + state(args.get(2));
            case "NotAllowed" -> "account " + args.get(0).getValue() + " may not move the case to " + state(args.get(1));
            case "UnknownCase" -> "the case is not open on chain";
            case "CaseAlreadyOpen" -> "the case is already open on chain";
            case "NotCreditor" -> "account " + args.get(0).getValue() + " is not an account of the case's creditor of record";
            case "NotALender" -> "account " + args.get(0).getValue() + " is not bound to another lender";
            case "CaseClosed" -> "the debt is settled: it can no longer be transferred";
            case "InvalidWindow" -> "the authorisation window ends before it starts";
            default -> "refused by the lifecycle contract: " + error.getName();
        };
    }

    private static String state(Type<?> value) {
        int v = ((BigInteger) value.getValue()).intValue();
        return v == 0 ? "NONE" : v <= 7 ? LifecycleRules.fromChain(v).name() : String.valueOf(v);
    }

}
