package org.judicialchain.chain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/** eth_getLogs with the portal's one way of saying that the node could not answer. */
final class Logs {

    private Logs() {
    }

    /** The logs the filter matches (removed ones included: callers skip them); @param range for the message, "from..to" */
    static List<Log> fetch(Web3j web3j, EthFilter filter, String range) {
        EthLog answer;
        try {
            answer = web3j.ethGetLogs(filter).send();
        } catch (IOException | RuntimeException e) {
            throw Web3jLedger.unavailable("eth_getLogs blocks " + range, e);
        }
        if (answer.hasError()) {
            throw new LedgerUnavailableException("the chain node refused eth_getLogs for blocks " + range + ": "
                    + answer.getError().getMessage(), null);
        }
        List<Log> logs = new ArrayList<>();
        for (EthLog.LogResult<?> result : answer.getLogs()) {
            logs.add((Log) result.get());
        }
        return logs;
    }
}
