package org.judicialchain.portal.interfaces.rest.disputes.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A judge refuses a confirmation request, with reasons the lender can deal with. */
public record RefusalRequest(
        @NotNull(message = "is missing") @Size(max = TextLimits.MAX_TEXT, message = "is longer than {max} characters") String reasons) {
}
