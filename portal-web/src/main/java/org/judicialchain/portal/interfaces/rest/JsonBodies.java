package org.judicialchain.portal.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.judicialchain.portal.interfaces.rest.errors.InvalidRequestException;

/**
 * Reads JSON request bodies with messages that name the field at fault. Bodies are small
 * (digests and metadata), so a size cap protects the parser from oversized input.
 */
public final class JsonBodies {

    public static final int MAX_JSON_BYTES = 256 * 1024;
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
        try (JsonReader reader = JSON.createReader(new java.io.ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw InvalidRequestException.badRequest("request body must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw InvalidRequestException.badRequest("request body is not valid JSON: " + firstLine(e.getMessage()));
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
            return Instant.parse(text);
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
}
