package org.judicialchain.portal.interfaces.rest.privacy.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the debtor asks for erasure, or the grounds of the court's order. */
public record ErasureAsk(@NotBlank(message = "is missing") @Size(max = 2000, message = "is longer than 2000 characters")
                         String reason) {
}
