package org.judicialchain.portal.interfaces.rest.cases.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A debtor claims a case with the access code from the notice. */
public record ClaimRequest(@NotBlank(message = "is missing") @Size(max = 64, message = "is not an access code") String accessCode) {
}
