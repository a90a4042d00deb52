package org.judicialchain.ruling.verification;

import java.util.Objects;

/** One line of a verification report. */
public record CheckResult(Check check, CheckOutcome outcome, String detail) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    static CheckResult passed(Check check, String detail) {
        return new CheckResult(check, CheckOutcome.PASSED, detail);
    }

    static CheckResult failed(Check check, String detail) {
        return new CheckResult(check, CheckOutcome.FAILED, detail);
    }

    static CheckResult of(Check check, boolean passed, String detail) {
        return new CheckResult(check, passed ? CheckOutcome.PASSED : CheckOutcome.FAILED, detail);
    }
}
