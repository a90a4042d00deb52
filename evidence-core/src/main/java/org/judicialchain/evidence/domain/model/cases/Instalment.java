package org.judicialchain.evidence.domain.model.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

public record Instalment(LocalDate dueDate, BigDecimal amount) {
    public Instalment {
        Objects.requireNonNull(dueDate, "instalment due date is missing");
        LoanTerms.requirePositive(amount, "instalment amount");
    }
}
