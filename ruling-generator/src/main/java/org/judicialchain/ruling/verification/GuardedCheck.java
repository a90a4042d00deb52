package org.judicialchain.ruling.verification;

/** Runs one check so that its own failure becomes its failed line, never the whole verification's. */
final class GuardedCheck {

    interface Body {
        CheckResult run() throws Exception;
    }

    private GuardedCheck() {
    }

    static CheckResult run(Check check, Body body) {
        try {
            return body.run();
        } catch (Exception e) {
            return CheckResult.failed(check, "could not be checked: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
