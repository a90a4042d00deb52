package org.judicialchain.evidence.domain.model.cases;

import java.math.BigDecimal;

/** Principal against what has been repaid; the case settles when nothing is outstanding. */
public record Balance(BigDecimal principal, BigDecimal repaid) {

    public BigDecimal outstanding() {
        return principal.subtract(repaid).max(BigDecimal.ZERO);
    }

    public boolean settled() {
        return repaid.compareTo(principal) >= 0;
    }
}
