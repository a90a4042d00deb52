package org.judicialchain.identity.access;

import java.util.Objects;

/**
 * The answer of the access policy, with a reason for logs (never shown to the caller when the
 * outcome is HIDE). {@code mustLogRead}: the portal must append an access event before it answers
 * (to the case's custody log for case reads, to the audit log otherwise).
 */
public record Decision(Outcome outcome, String reason, boolean mustLogRead) {

    public enum Outcome {
        ALLOW(200),
        /** The caller may not do this: HTTP 403 (401 instead when the caller is anonymous). */
        DENY(403),
        /** Out of the caller's sight: HTTP 404, exactly as for something that does not exist. */
        HIDE(404);

        private final int httpStatus;

        Outcome(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
        if (mustLogRead && outcome != Outcome.ALLOW) {
            throw new IllegalArgumentException("only an allowed read can be logged");
        }
    }

    public static Decision allow(String reason) {
        return new Decision(Outcome.ALLOW, reason, false);
    }

    public static Decision allowLogged(String reason) {
        return new Decision(Outcome.ALLOW, reason, true);
    }

    public static Decision deny(String reason) {
        return new Decision(Outcome.DENY, reason, false);
    }

    public static Decision hide(String reason) {
        return new Decision(Outcome.HIDE, reason, false);
    }

    public boolean isAllowed() {
        return outcome == Outcome.ALLOW;
    }
}
