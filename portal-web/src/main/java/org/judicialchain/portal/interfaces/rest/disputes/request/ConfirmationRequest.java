package org.judicialchain.portal.interfaces.rest.disputes.request;

import jakarta.validation.constraints.Size;
import java.util.List;

/** The lender asks the court to confirm a settled case on these evidence items (absent or empty: every item of the case). */
public record ConfirmationRequest(@Size(max = MAX_ITEMS, message = "may hold at most {max} entries") List<String> evidenceIds) {

    public static final int MAX_ITEMS = 10_000;
}
