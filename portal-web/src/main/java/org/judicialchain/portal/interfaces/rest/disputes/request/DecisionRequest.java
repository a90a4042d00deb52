package org.judicialchain.portal.interfaces.rest.disputes.request;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;

/** A judge decides an objection: UPHELD, PARTIALLY_UPHELD or DISMISSED, with reasons and optionally a new amount owed. */
public record DecisionRequest(
        @NotBlank(message = "is missing") @Size(max = 64, message = "is longer than {max} characters") String outcome,
        @NotNull(message = "is missing") @Size(max = TextLimits.MAX_TEXT, message = "is longer than {max} characters") String reasons,
        @Digits(integer = RequestValues.AMOUNT_INTEGER_DIGITS, fraction = RequestValues.AMOUNT_FRACTION_DIGITS,
                message = RequestValues.AMOUNT_MESSAGE) BigDecimal adjustedPrincipal,
        @Size(max = 16, message = "must be zh-CN or en") String language) {
}
