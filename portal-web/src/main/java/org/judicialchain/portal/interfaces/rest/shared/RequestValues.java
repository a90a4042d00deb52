package org.judicialchain.portal.interfaces.rest.shared;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/**
 * Turning validated request fields into domain values. Request records are checked by Bean Validation
 * first; what the domain checks besides (a case reference's form, a known kind, a time zone) it refuses
 * with IllegalArgumentException, which {@link #field} turns into a 400 that names the field. Nothing
 * else maps IllegalArgumentException to a 400: one escaping from deeper code is a bug.
 */
public final class RequestValues {

    /** A 32-byte digest as 64 hex digits, optionally with 0x (what Bytes32.fromHex takes). */
    public static final String HEX64 = "(0[xX])?[0-9a-fA-F]{64}";
    public static final String HEX64_MESSAGE = "must be 64 hex digits (a 32-byte digest)";
    /** An institution identifier (agency, creditor). */
    public static final String INSTITUTION = "[A-Za-z0-9][A-Za-z0-9._-]{0,127}";
    /** Money: at most 15 digits before the point and 8 after (10^15 is no amount; 1e999999999 would not even print). */
    public static final int AMOUNT_INTEGER_DIGITS = 15;
    public static final int AMOUNT_FRACTION_DIGITS = 8;
    public static final String AMOUNT_MESSAGE = "is out of range (at most 15 digits before and 8 after the point)";
    /** No field of ours has a use for NUL (PostgreSQL cannot store it in text); the JSON filter refuses it too. */
    public static final String NO_NUL = "[^\\x00]*";

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private RequestValues() {
    }

    /**
     * A domain value made from a request field: the domain's IllegalArgumentException (its message is
     * meant for people) becomes a 400 naming the field.
     */
    public static <T> T field(String name, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "is not valid" : e.getMessage();
            throw InvalidRequestException.badRequest(message.startsWith(name) ? message : name + ": " + message);
        }
    }

    /**
     * A domain value made from several request fields, whose IllegalArgumentException already names
     * the field at fault (the domain's constructors say "debtorPhone ..." and the like): a 400 with it.
     */
    public static <T> T checked(Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest(e.getMessage() == null ? "the request is not valid" : e.getMessage());
        }
    }

    public static Instant instant(String field, String text) {
        try {
            Instant at = Instant.parse(text.strip());
            if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                // Instant.parse takes years up to 1e9, which the database's timestamps cannot hold (a 500)
                throw InvalidRequestException.badRequest(field + " must lie between the years 1900 and 9999");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.badRequest(field + " must be an ISO-8601 instant such as 2026-05-01T08:30:00Z, got '"
                    + abbreviate(text) + "'");
        }
    }

    /** For echoing input in messages: control characters replaced, long input cut. */
    public static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 57) + "...";
    }
}
