package org.judicialchain.portal.interfaces.rest.disputes.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A debtor objects: the type, a statement, and the records, findings and attachments (evidence ids) it cites. */
public record ObjectionRequest(
        @NotBlank(message = "is missing") @Size(max = 64, message = "is longer than {max} characters") String type,
        @NotNull(message = "is missing") @Size(max = TextLimits.MAX_TEXT, message = "is longer than {max} characters") String statement,
        @Size(max = TextLimits.MAX_CITED, message = "may hold at most {max} entries") List<@NotNull(message = "must be a string") String> citedRecords,
        @Size(max = TextLimits.MAX_CITED, message = "may hold at most {max} entries") List<@NotNull(message = "must be a string") String> citedFindings,
        @Size(max = TextLimits.MAX_CITED, message = "may hold at most {max} entries") List<String> attachments) {
}
