package org.judicialchain.portal.interfaces.rest.cases.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the creditor rejects an agency's repayment claim: kept with the decision, for the agency and the court. */
public record RejectRepaymentRequest(
        @NotBlank(message = "is missing") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}
