package org.judicialchain.evidence.domain.model.cases;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;

/**
 * A loan entering the portal as a case: the creditor of record, the court of jurisdiction, the
 * debtor, the terms, the collection rule profile and the debtor's time zone (rules about contact
 * hours are about the debtor's local time).
 */
public record NewLoanCase(String caseRef, String creditor, String court, Debtor debtor, LoanTerms terms,
                          String ruleProfile, ZoneId debtorZone) {

    public static final Set<String> RULE_PROFILES = Set.of("CN_2026", "US_REG_F");

    public NewLoanCase {
        EvidenceRecord.requireCaseRef(caseRef);
        requireId(creditor, "creditor");
        requireId(court, "court");
        Objects.requireNonNull(debtor, "debtor is missing");
        Objects.requireNonNull(terms, "loan terms are missing");
        Objects.requireNonNull(debtorZone, "debtor time zone is missing");
        if (ruleProfile == null || !RULE_PROFILES.contains(ruleProfile)) {
            throw new IllegalArgumentException("rule profile must be one of " + RULE_PROFILES);
        }
    }

    /** The same loan under the global reference the portal keys it by ({@link CaseReference}). */
    public NewLoanCase numbered(String globalRef) {
        return new NewLoanCase(globalRef, creditor, court, debtor, terms, ruleProfile, debtorZone);
    }

    public static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("debtor time zone is missing");
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + id + "'; use a region such as Asia/Shanghai");
        }
    }

    private static void requireId(String value, String field) {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw new IllegalArgumentException(field + " must be an identifier of letters, digits, '.', '_' or '-'");
        }
    }
}
