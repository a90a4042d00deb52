package org.judicialchain.ruling.verification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a verification found: one line per check, the file's SHA-256 and, when the manifest
 * could be read, the document id and verification code it names.
 */
public record VerificationReport(String documentSha256, List<CheckResult> checks, UUID documentId,
                                 String verificationCode) {

    public VerificationReport {
        Objects.requireNonNull(documentSha256, "document sha256");
        checks = List.copyOf(checks);
    }

    /** Valid when no check failed. */
    public boolean valid() {
        return checks.stream().noneMatch(c -> c.outcome() == CheckOutcome.FAILED);
    }

    public List<CheckResult> results(Check check) {
        return checks.stream().filter(c -> c.check() == check).toList();
    }

    /** The outcome of a check reported once; FAILED if any line of a repeated check failed. */
    public CheckOutcome outcome(Check check) {
        List<CheckResult> lines = results(check);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(check + " was not reported");
        }
        if (lines.stream().anyMatch(c -> c.outcome() == CheckOutcome.FAILED)) {
            return CheckOutcome.FAILED;
        }
        return lines.stream().allMatch(c -> c.outcome() == CheckOutcome.NOT_APPLICABLE)
                ? CheckOutcome.NOT_APPLICABLE : CheckOutcome.PASSED;
    }

    public Optional<UUID> manifestDocumentId() {
        return Optional.ofNullable(documentId);
    }
}
