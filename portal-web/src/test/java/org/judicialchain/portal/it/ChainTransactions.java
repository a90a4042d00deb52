package org.judicialchain.portal.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

import static org.assertj.core.api.Assertions.assertThat;

/** Transactions a test sends with the portal's own key, which the running portal signs with too. */
final class ChainTransactions {

    private ChainTransactions() {
    }

    /** Sends with retries: the portal may take a nonce meanwhile; the receipt must show no revert. */
    static TransactionReceipt sent(Callable<TransactionReceipt> send) throws Exception {
        List<String> failures = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                TransactionReceipt receipt = send.call();
                assertThat(receipt.isStatusOK()).as("mined without revert: " + receipt).isTrue();
                return receipt;
            } catch (RuntimeException | java.io.IOException | org.web3j.protocol.exceptions.TransactionException e) {
                failures.add(e.getMessage());
                Thread.sleep(1_500);
            }
        }
        throw new AssertionError("the transaction did not go through: " + failures);
    }
}
