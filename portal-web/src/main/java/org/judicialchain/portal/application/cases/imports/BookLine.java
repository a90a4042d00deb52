package org.judicialchain.portal.application.cases.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.judicialchain.evidence.domain.model.cases.Debtor;
import org.judicialchain.evidence.domain.model.cases.Instalment;
import org.judicialchain.evidence.domain.model.cases.LoanTerms;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * One loan of a lender's book, in the documented column layout (docs/import.md). The same fields
 * make up the JSON of a single case, so both paths validate alike.
 */
public final class BookLine {

    public static final List<String> COLUMNS = List.of("caseRef", "debtorName", "debtorIdNumber", "debtorPhone", "principal",
            "currency", "dueDate", "court", "ruleProfile", "debtorTimeZone");
    public static final String INSTALMENTS = "instalments";

    private BookLine() {
    }

    /** @throws IllegalArgumentException naming the field at fault */
    public static NewLoanCase parse(Map<String, String> fields, String creditor) {
        Debtor debtor = new Debtor(fields.get("debtorName"), fields.get("debtorIdNumber"), fields.get("debtorPhone"));
        LoanTerms terms = new LoanTerms(LoanTerms.amount(required(fields, "principal"), "principal"),
                LoanTerms.currency(required(fields, "currency")), date(required(fields, "dueDate"), "dueDate"),
                instalments(fields.getOrDefault(INSTALMENTS, "")));
        return new NewLoanCase(required(fields, "caseRef"), creditor, required(fields, "court"), debtor, terms,
                required(fields, "ruleProfile"), NewLoanCase.zone(fields.get("debtorTimeZone")));
    }

    /** "2026-01-15:1000.00;2026-02-15:1000.00", or empty for a single repayment at the due date. */
    static List<Instalment> instalments(String text) {
        List<Instalment> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            String[] pair = part.strip().split(":");
            if (pair.length != 2) {
                throw new InvalidInputException("instalments must look like 2026-01-15:1000.00;2026-02-15:1000.00");
            }
            out.add(new Instalment(date(pair[0], "instalment date"), LoanTerms.amount(pair[1], "instalment amount")));
        }
        return out;
    }

    private static String required(Map<String, String> fields, String name) {
        String v = fields.get(name);
        if (v == null || v.isBlank()) {
            throw new InvalidInputException(name + " is missing");
        }
        return v.strip();
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + " must be a date such as 2026-06-30");
        }
    }
}
