package org.judicialchain.portal.interfaces.rest.disputes.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The creditor (or an agency, for conduct) answers an objection, citing evidence ids. */
public record ObjectionResponseRequest(
        @NotNull(message = "is missing") @Size(max = TextLimits.MAX_TEXT, message = "is longer than {max} characters") String statement,
        @Size(max = TextLimits.MAX_CITED, message = "may hold at most {max} entries") List<String> evidenceIds) {
}
