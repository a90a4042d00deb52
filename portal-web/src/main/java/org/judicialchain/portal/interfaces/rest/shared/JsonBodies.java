package org.judicialchain.portal.interfaces.rest.shared;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/**
 * Reads JSON request bodies with messages that name the field at fault. Bodies are small
 * (digests and metadata), so a size cap protects the parser from oversized input.
 */
public final class JsonBodies {

    public static final int MAX_JSON_BYTES = 256 * 1024;
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    /** Amounts beyond 10^15 or with more than 8 decimals are no money; 1e999999999 would not even print. */
    private static final java.math.BigDecimal LARGEST_AMOUNT = java.math.BigDecimal.TEN.pow(15);
    static final int MAX_DEPTH = 32;
    /** Looked up once: Json.createReader searches the class path for a provider on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private JsonBodies() {
    }

    public static JsonObject readObject(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_JSON_BYTES + 1);
        } catch (IOException e) {
            throw InvalidRequestException.badRequest("could not read the request body");
        }
        if (bytes.length > MAX_JSON_BYTES) {
            throw new InvalidRequestException(jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "JSON body larger than " + MAX_JSON_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw InvalidRequestException.badRequest("request body is empty; a JSON object is expected");
        }
        requireShallow(bytes);
        // a parser rather than a reader: the reader stops after the first value and ignores what follows ("{} {}")
        try (jakarta.json.stream.JsonParser parser = JSON.createParser(new java.io.StringReader(strictUtf8(bytes)))) {
            if (!parser.hasNext() || parser.next() != jakarta.json.stream.JsonParser.Event.START_OBJECT) {
                throw InvalidRequestException.badRequest("request body must be a JSON object");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw InvalidRequestException.badRequest("request body has more after its JSON object");
            }
            return object;
        } catch (JsonException e) {
            throw InvalidRequestException.badRequest("request body is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    /**
     * A JSON object with only the named fields. A misspelt field is refused rather than ignored:
     * "evidenceIDs" silently dropped would widen a confirmation request to every item of the case.
     */
    public static JsonObject readObject(InputStream body, java.util.Set<String> accepted) {
        JsonObject object = readObject(body);
        for (String name : object.keySet()) {
            if (!accepted.contains(name)) {
                throw InvalidRequestException.badRequest("unknown field '" + abbreviate(name) + "'; accepted: "
                        + String.join(", ", new java.util.TreeSet<>(accepted)));
            }
        }
        return object;
    }

    /** The parser would replace malformed bytes silently; a body that is not UTF-8 is refused instead. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw InvalidRequestException.badRequest("request body is not valid UTF-8");
        }
    }

    /**
     * Our bodies nest a few levels; the parser gives up at 1,000 with a bare RuntimeException (a 500).
     * Counted on the bytes, outside strings, so the caller hears what is wrong.
     */
    static void requireShallow(byte[] json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > MAX_DEPTH) {
                    throw InvalidRequestException.badRequest("request body is nested deeper than " + MAX_DEPTH + " levels");
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
    }

    /** An optional array of strings (ids); absent or null is empty; anything else is a 400 naming the field. */
    public static java.util.List<String> stringList(JsonObject o, String field, int max) {
        if (!o.containsKey(field) || o.isNull(field)) {
            return java.util.List.of();
        }
        if (o.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            throw InvalidRequestException.badRequest(field + " must be an array of strings");
        }
        jakarta.json.JsonArray array = o.getJsonArray(field);
        if (array.size() > max) {
            throw InvalidRequestException.badRequest(field + " may hold at most " + max + " entries");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonValue v : array) {
            if (v.getValueType() != JsonValue.ValueType.STRING) {
                throw InvalidRequestException.badRequest(field + " must be an array of strings");
            }
            out.add(((JsonString) v).getString().strip());
        }
        return java.util.List.copyOf(out);
    }

    /** Ids that must be UUIDs; a 400 names the field and the bad value. */
    public static java.util.List<java.util.UUID> uuidList(JsonObject o, String field, int max) {
        java.util.List<java.util.UUID> out = new java.util.ArrayList<>();
        for (String s : stringList(o, field, max)) {
            try {
                out.add(java.util.UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.badRequest(field + " holds '"
                        + abbreviate(s) + "', which is not an id");
            }
        }
        return out;
    }

    public static String requiredString(JsonObject o, String field) {
        return optionalString(o, field).orElseThrow(() -> InvalidRequestException.badRequest(field + " is missing"));
    }

    public static Optional<String> optionalString(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(v instanceof JsonString s)) {
            throw InvalidRequestException.badRequest(field + " must be a string");
        }
        if (s.getString().indexOf('\u0000') >= 0) {
            // PostgreSQL cannot store it in text, and no field of ours has a use for it
            throw InvalidRequestException.badRequest(field + " contains a NUL character");
        }
        return Optional.of(s.getString());
    }

    /** A 32-byte digest as 64 hex digits; the message names the field. */
    public static org.judicialchain.evidence.domain.model.digest.Bytes32 requiredDigest(JsonObject o, String field) {
        return optionalDigest(o, field).orElseThrow(() -> InvalidRequestException.badRequest(field + " is missing"));
    }

    public static Optional<org.judicialchain.evidence.domain.model.digest.Bytes32> optionalDigest(JsonObject o, String field) {
        try {
            return optionalString(o, field).map(org.judicialchain.evidence.domain.model.digest.Bytes32::fromHex);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest(field + ": " + e.getMessage());
        }
    }

    public static long requiredLong(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null) {
            throw InvalidRequestException.badRequest(field + " is missing");
        }
        try {
            if (v instanceof JsonNumber n) {
                return n.longValueExact();
            }
            if (v instanceof JsonString s) {
                return Long.parseLong(s.getString());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // fall through to the message below
        }
        throw InvalidRequestException.badRequest(field + " must be a whole number");
    }

    public static JsonObject requiredObject(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidRequestException.badRequest(field + " must be a JSON object");
        }
        return v.asJsonObject();
    }

    public static Instant instant(String field, String text) {
        try {
            Instant at = Instant.parse(text);
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

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /**
     * A money amount given as a JSON number or string, as plain decimal text for LoanTerms.amount;
     * refused before it is printed when its magnitude or scale is absurd ("amount": 1e999999999
     * would take gigabytes as plain text).
     */
    public static String decimalText(JsonValue v, String field) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw InvalidRequestException.badRequest(field + " is missing");
        }
        java.math.BigDecimal amount;
        try {
            amount = v instanceof JsonNumber n ? n.bigDecimalValue()
                    : v instanceof JsonString s ? new java.math.BigDecimal(s.getString().strip()) : null;
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null) {
            throw InvalidRequestException.badRequest(field + " must be a decimal number such as 1200.50");
        }
        if (amount.abs().compareTo(LARGEST_AMOUNT) >= 0 || amount.scale() > 8) {
            throw InvalidRequestException.badRequest(field + " is out of range (at most 15 digits before and 8 after the point)");
        }
        return amount.toPlainString();
    }
}
