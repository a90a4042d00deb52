package org.judicialchain.portal.interfaces.rest.collection.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;

/** The creditor authorises an agency to collect, from validFrom to validTo, on an anchored document. */
public record AuthorisationRequest(
        @NotBlank(message = "is missing") @Pattern(regexp = RequestValues.INSTITUTION, message = "must be an institution identifier") String agency,
        @NotBlank(message = "is missing") String validFrom,
        @NotBlank(message = "is missing") String validTo,
        @NotNull(message = "is missing") @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String documentSha256) {
}
