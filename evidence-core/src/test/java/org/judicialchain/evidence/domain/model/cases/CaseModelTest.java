package org.judicialchain.evidence.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseModelTest {

    private static final Debtor DEBTOR = new Debtor("张三丰", "110101199001011234", "13812345678");

    @Test
    void debtorsAreMaskedAndNeverPrinted() {
        assertThat(DEBTOR.masked()).isEqualTo(new Debtor.Masked("张**", "1101**********1234", "138****5678"));
        assertThat(DEBTOR.toString()).doesNotContain("张").doesNotContain("1381");
        assertThat(new Debtor("William Li", "X1234567", "+1 212 555 0100").masked().name()).isEqualTo("W*********");
    }

    @Test
    void debtorFieldsAreChecked() {
        assertThatThrownBy(() -> new Debtor(" ", "110101", "138")).hasMessageContaining("debtor name is missing");
        assertThatThrownBy(() -> new Debtor("A", "11<script>", "13812345678")).hasMessageContaining("id number");
        assertThatThrownBy(() -> new Debtor("A", "110101", "call me")).hasMessageContaining("phone");
    }

    @Test
    void instalmentsMustAddUpToThePrincipal() {
        LocalDate due = LocalDate.of(2026, 6, 30);
        var ok = new LoanTerms(new BigDecimal("3000.00"), LoanTerms.currency("CNY"), due, List.of(
                new Instalment(LocalDate.of(2026, 4, 30), new BigDecimal("1500")),
                new Instalment(LocalDate.of(2026, 5, 30), new BigDecimal("1500.00"))));
        assertThat(ok.instalments()).hasSize(2);
        assertThatThrownBy(() -> new LoanTerms(new BigDecimal("3000"), LoanTerms.currency("CNY"), due,
                List.of(new Instalment(due, new BigDecimal("2999.99"))))).hasMessageContaining("add up to 2999.99");
        assertThatThrownBy(() -> new LoanTerms(new BigDecimal("3000"), LoanTerms.currency("CNY"), due,
                List.of(new Instalment(due.plusDays(1), new BigDecimal("3000"))))).hasMessageContaining("after the final due date");
    }

    @Test
    void amountsCurrenciesZonesAndProfilesAreValidated() {
        assertThatThrownBy(() -> LoanTerms.amount("-5", "principal")).hasMessageContaining("positive");
        assertThatThrownBy(() -> LoanTerms.amount("1.001", "principal")).hasMessageContaining("2 decimals");
        assertThatThrownBy(() -> LoanTerms.amount("ten", "principal")).hasMessageContaining("decimal amount");
        assertThatThrownBy(() -> LoanTerms.currency("RMB")).hasMessageContaining("unknown currency");
        assertThatThrownBy(() -> NewLoanCase.zone("Mars/Olympus")).hasMessageContaining("unknown time zone");
        var terms = new LoanTerms(BigDecimal.TEN, LoanTerms.currency("CNY"), LocalDate.of(2026, 1, 1), List.of());
        assertThatThrownBy(() -> new NewLoanCase("L-1", "bank-a", "court-1", DEBTOR, terms, "EU", ZoneId.of("UTC")))
                .hasMessageContaining("rule profile");
        assertThatThrownBy(() -> new NewLoanCase("L 1", "bank-a", "court-1", DEBTOR, terms, "CN_2026", ZoneId.of("UTC")))
                .hasMessageContaining("caseRef");
    }

    @Test
    void aCaseSettlesWhenNothingIsOutstanding() {
        assertThat(new Balance(new BigDecimal("100.00"), new BigDecimal("40")).outstanding()).isEqualByComparingTo("60");
        assertThat(new Balance(new BigDecimal("100.00"), new BigDecimal("100")).settled()).isTrue();
        assertThat(new Balance(new BigDecimal("100.00"), new BigDecimal("99.99")).settled()).isFalse();
        assertThat(CaseState.CONFIRMED.settled()).isTrue();
        assertThat(CaseState.DISPUTED.settled()).isFalse();
    }
}
