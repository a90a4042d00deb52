package org.judicialchain.portal.interfaces.rest.cases.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.judicialchain.evidence.domain.model.cases.Debtor;
import org.judicialchain.evidence.domain.model.cases.Instalment;
import org.judicialchain.evidence.domain.model.cases.LoanTerms;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/**
 * One case, with the fields of a book line (docs/import.md); principal and amounts as JSON numbers or
 * strings, instalments as an array of {dueDate, amount}.
 */
public record OpenCaseRequest(
        @NotBlank(message = "is missing") String caseRef,
        String debtorName, String debtorIdNumber, String debtorPhone,
        @NotNull(message = "is missing")
        @Digits(integer = RequestValues.AMOUNT_INTEGER_DIGITS, fraction = RequestValues.AMOUNT_FRACTION_DIGITS,
                message = RequestValues.AMOUNT_MESSAGE) BigDecimal principal,
        @NotBlank(message = "is missing") String currency,
        @NotBlank(message = "is missing") String dueDate,
        @NotBlank(message = "is missing") String court,
        @NotBlank(message = "is missing") String ruleProfile,
        String debtorTimeZone,
        @Size(max = 600, message = "may hold at most {max} entries") List<@NotNull(message = "must be {dueDate, amount}") @Valid InstalmentRequest> instalments) {

    public record InstalmentRequest(
            @NotBlank(message = "is missing") String dueDate,
            @NotNull(message = "is missing")
            @Digits(integer = RequestValues.AMOUNT_INTEGER_DIGITS, fraction = RequestValues.AMOUNT_FRACTION_DIGITS,
                    message = RequestValues.AMOUNT_MESSAGE) BigDecimal amount) {
    }

    /** The case to open, or a 400 naming the field the domain refuses (a case reference's form, a time zone...). */
    public NewLoanCase toNewLoanCase(String creditor) {
        Debtor debtor = RequestValues.checked(() -> new Debtor(debtorName, debtorIdNumber, debtorPhone));
        BigDecimal amount = RequestValues.field("principal", () -> LoanTerms.amount(principal.toPlainString(), "principal"));
        List<Instalment> schedule = instalments == null ? List.of() : instalments.stream().map(i -> new Instalment(
                date(i.dueDate(), "instalment date"),
                RequestValues.field("instalment amount", () -> LoanTerms.amount(i.amount().toPlainString(), "instalment amount"))))
                .toList();
        LoanTerms terms = RequestValues.checked(() -> new LoanTerms(amount, LoanTerms.currency(currency.strip()),
                date(dueDate, "dueDate"), schedule));
        return RequestValues.checked(() -> new NewLoanCase(caseRef.strip(), creditor, court.strip(), debtor, terms,
                ruleProfile.strip(), NewLoanCase.zone(debtorTimeZone)));
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.badRequest(field + " must be a date such as 2026-06-30");
        }
    }
}
