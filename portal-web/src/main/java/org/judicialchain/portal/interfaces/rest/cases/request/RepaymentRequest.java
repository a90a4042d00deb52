package org.judicialchain.portal.interfaces.rest.cases.request;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;

/** A repayment on an anchored receipt; amount as a JSON number or string. */
public record RepaymentRequest(
        @NotNull(message = "is missing")
        @Digits(integer = RequestValues.AMOUNT_INTEGER_DIGITS, fraction = RequestValues.AMOUNT_FRACTION_DIGITS,
                message = RequestValues.AMOUNT_MESSAGE) BigDecimal amount,
        @NotBlank(message = "is missing") String paidAt,
        @NotNull(message = "is missing") @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String receiptSha256) {
}
