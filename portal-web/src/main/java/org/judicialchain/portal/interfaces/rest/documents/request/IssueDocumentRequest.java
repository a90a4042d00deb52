package org.judicialchain.portal.interfaces.rest.documents.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A court document to issue: type JUDICIAL_CONFIRMATION (with settlementSummary) or OBJECTION_DECISION
 * (with objection and reasoning), language zh-CN (the default) or en, facts and decision.
 */
public record IssueDocumentRequest(
        @NotBlank(message = "is missing") @Size(max = 64, message = "is longer than {max} characters") String type,
        @Size(max = 16, message = "must be zh-CN or en") String language,
        @NotNull(message = "is missing") String facts,
        String settlementSummary,
        String objection,
        String reasoning,
        @NotNull(message = "is missing") String decision) {
}
