package org.judicialchain.portal.interfaces.rest.cases.request;

import java.math.BigDecimal;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.portal.interfaces.rest.shared.json.Binding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.portal.interfaces.rest.shared.json.Binding.bind;

class OpenCaseRequestTest {

    private static final String CASE = """
            {"caseRef":"C-OPEN-1","debtorName":"赵六","debtorIdNumber":"110101199001016666","debtorPhone":"13900006666",
             "principal":"500","currency":"CNY","dueDate":"2026-06-30","court":"court-beijing-internet",
             "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""";

    private static String with(String field, String json) {
        String body = CASE.replaceFirst("\"" + field + "\":(\"[^\"]*\")", "\"" + field + "\":" + json.replace("$", "\\$"));
        return body.contains("\"" + field + "\":") ? body : body.substring(0, body.length() - 1) + ",\"" + field + "\":" + json + "}";
    }

    private static String refusal(String json) {
        return Binding.refusal(json, OpenCaseRequest.class, r -> r.toNewLoanCase("bank-a"));
    }

    @Test
    void aBookLineAsJsonOpensACase() {
        NewLoanCase loan = bind(with("instalments", "[{\"dueDate\":\"2026-05-30\",\"amount\":200},{\"dueDate\":\"2026-06-30\",\"amount\":\"300\"}]"),
                OpenCaseRequest.class).toNewLoanCase("bank-a");
        assertThat(loan.caseRef()).isEqualTo("C-OPEN-1");
        assertThat(loan.creditor()).isEqualTo("bank-a");
        assertThat(loan.terms().principal()).isEqualByComparingTo(new BigDecimal("500"));
        assertThat(loan.terms().instalments()).hasSize(2);
        assertThat(bind(with("principal", "1200.50"), OpenCaseRequest.class).principal()).isEqualByComparingTo("1200.50");
    }

    @Test
    void amountsOutOfRangeAreRefusedBeforeTheyArePrinted() {
        assertThat(refusal(with("principal", "1e999999999"))).isEqualTo("principal is out of range (at most 15 digits before and 8 after the point)");
        assertThat(refusal(with("principal", "\"1e999999999\""))).contains("principal is out of range");
        assertThat(refusal(with("principal", "\"0.000000001\""))).contains("principal is out of range");
        assertThat(refusal(with("principal", "\"NaN\""))).isEqualTo("principal must be a decimal number such as 1200.50");
        assertThat(refusal(with("principal", "{}"))).isEqualTo("principal must be a decimal number such as 1200.50");
        assertThat(refusal(with("principal", "\"-100\""))).contains("principal");
        assertThat(refusal(with("instalments", "[{\"dueDate\":\"2026-01-01\",\"amount\":1e999999999}]")))
                .isEqualTo("instalments[0].amount is out of range (at most 15 digits before and 8 after the point)");
    }

    @Test
    void missingAndMalformedFieldsAreNamed() {
        assertThat(refusal(CASE.replace("\"currency\":\"CNY\",", ""))).isEqualTo("currency is missing");
        assertThat(refusal(with("dueDate", "\"2026-02-30\""))).isEqualTo("dueDate must be a date such as 2026-06-30");
        assertThat(refusal(with("instalments", "\"2026-01-01:100\""))).isEqualTo("instalments must be an array");
        assertThat(refusal(with("instalments", "[1,2]"))).isEqualTo("instalments must be a JSON object");
        assertThat(refusal(with("instalments", "[{\"dueDate\":\"2026-01-01\"}]"))).isEqualTo("instalments[0].amount is missing");
        assertThat(refusal(with("debtorTimeZone", "\"Mars/Olympus_Mons\""))).contains("time zone");
        assertThat(refusal(with("ruleProfile", "\"NOPE\""))).contains("rule profile");
        assertThat(refusal(with("caseRef", "\"<img src=x onerror=alert(1)>\""))).contains("caseRef");
        assertThat(refusal(with("debtorName", "\"" + "名".repeat(101) + "\""))).contains("debtor name");
        assertThat(refusal(with("lender", "\"x\""))).startsWith("unknown field 'lender'; accepted: caseRef, court, currency");
    }
}
