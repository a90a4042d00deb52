package org.judicialchain.portal.interfaces.rest.privacy.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reasons of an approval or a refusal: a refusal must give them, as the debtor is told. */
public record ErasureDecision(@NotBlank(message = "is missing") @Size(max = 2000, message = "is longer than 2000 characters")
                              String reasons) {
}
