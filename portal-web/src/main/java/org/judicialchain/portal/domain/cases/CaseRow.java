package org.judicialchain.portal.domain.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/**
 * A loan case as stored. The debtor is sealed (see PersonalDataVault); {@code wrappedDataKey} is
 * null once the debtor's data has been erased. {@code beforeDispute} is where a DISPUTED case resumes
 * (null in every other state).
 */
public record CaseRow(String caseRef, String creditor, String court, BigDecimal principal, String currency,
                      LocalDate dueDate, String ruleProfile, String debtorZone, CaseState state, Instant stateSince,
                      Instant openedAt, byte[] debtorSealed, byte[] wrappedDataKey, String debtorPartyId,
                      String accessCodeHash, int failedClaims, Bytes32 caseSalt, CaseState beforeDispute) {
}
