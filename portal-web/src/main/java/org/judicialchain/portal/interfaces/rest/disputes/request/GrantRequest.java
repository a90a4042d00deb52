package org.judicialchain.portal.interfaces.rest.disputes.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A judge grants the judicial confirmation with reasons, in zh-CN (the default) or en. */
public record GrantRequest(
        @NotNull(message = "is missing") @Size(max = TextLimits.MAX_TEXT, message = "is longer than {max} characters") String reasons,
        @Size(max = 16, message = "must be zh-CN or en") String language) {
}
