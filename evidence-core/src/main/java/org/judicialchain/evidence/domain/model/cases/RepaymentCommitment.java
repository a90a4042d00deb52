package org.judicialchain.evidence.domain.model.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;

/**
 * What a repayment's custody entry anchors: SHA-256 over one canonical line naming the repayment, its case, the
 * amount (two decimals), the currency, when it was paid (Unix seconds) and the receipt's digest. Nothing personal,
 * yet an amount or date edited in the database afterwards no longer gives the anchored value.
 */
public final class RepaymentCommitment {

    private RepaymentCommitment() {
    }

    public static Bytes32 of(UUID repaymentId, String caseRef, BigDecimal amount, String currency, Instant paidAt,
                             Bytes32 receiptSha256) {
        String line = "judicialchain.repayment.v1|" + repaymentId + "|" + caseRef + "|"
                + amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "|" + currency + "|"
                + paidAt.getEpochSecond() + "|" + receiptSha256.hex();
        return StreamingDigester.sha256(line.getBytes(StandardCharsets.UTF_8));
    }
}
