package org.judicialchain.evidence.domain.model.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What is owed: principal, currency, final due date and an optional schedule of instalments,
 * which must add up to the principal and fall due no later than the final due date.
 */
public record LoanTerms(BigDecimal principal, Currency currency, LocalDate dueDate, List<Instalment> instalments) {

    public LoanTerms {
        requirePositive(principal, "principal");
        Objects.requireNonNull(currency, "currency is missing");
        Objects.requireNonNull(dueDate, "due date is missing");
        instalments = List.copyOf(instalments);
        if (!instalments.isEmpty()) {
            BigDecimal sum = instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(principal) != 0) {
                throw new IllegalArgumentException("instalments add up to " + sum.toPlainString() + ", not to the principal "
                        + principal.toPlainString());
            }
            if (instalments.stream().anyMatch(i -> i.dueDate().isAfter(dueDate))) {
                throw new IllegalArgumentException("an instalment falls due after the final due date " + dueDate);
            }
        }
    }

    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as CNY or USD");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown currency " + code);
        }
    }

    /** An amount owed: present, positive, at most 17 digits and 2 decimals (1e999999999 is no money). */
    public static BigDecimal requirePositive(BigDecimal amount, String field) {
        if (amount == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be positive");
        }
        if (amount.scale() > 2 || amount.precision() - amount.scale() > 17) {
            throw new IllegalArgumentException(field + " must have at most 17 digits and 2 decimals");
        }
        return amount;
    }

    public static BigDecimal amount(String text, String field) {
        try {
            return requirePositive(new BigDecimal(text.strip()), field);
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(field + " must be a decimal amount such as 12000.50");
        }
    }
}
