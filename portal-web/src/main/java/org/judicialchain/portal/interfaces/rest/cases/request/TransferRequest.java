package org.judicialchain.portal.interfaces.rest.cases.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;

/** The creditor of record assigns the debt to a new creditor on an anchored agreement; signedAt defaults to now. */
public record TransferRequest(
        @NotBlank(message = "is missing") @Pattern(regexp = RequestValues.INSTITUTION, message = "must be an institution identifier") String toCreditor,
        String signedAt,
        @NotNull(message = "is missing") @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String agreementSha256) {
}
