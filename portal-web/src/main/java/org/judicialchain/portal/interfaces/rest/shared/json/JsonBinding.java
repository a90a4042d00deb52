package org.judicialchain.portal.interfaces.rest.shared.json;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The JSON-B instance JAX-RS reads request records and writes answers with. Request bodies bind
 * strictly: a field the record does not have is refused (a misspelt "evidenceIDs" silently dropped
 * would widen a confirmation request to every item of the case), a string field takes only a JSON
 * string and a boolean only true or false (Yasson would otherwise turn 1 into "1" and "yes" into false).
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    /** Yasson's name for it (YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES); Yasson is Payara's JSON-B. */
    public static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = create();

    public static Jsonb create() {
        return JsonbBuilder.create(config());
    }

    public static JsonbConfig config() {
        return new JsonbConfig()
                .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
                .withDeserializers(new StrictString(), new StrictBoolean());
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /**
     * The value the parser stands at, by getValue(). Yasson reads a polymorphic record (@JsonbTypeInfo)
     * from the object it buffered to find the type, through a parser without getValue() or
     * currentEvent(); there a number is told by isIntegralNumber() and an array by getString() failing,
     * while true and "true" (or an object and its text) look alike, so the value comes back as its text.
     */
    static JsonValue value(JsonParser parser) {
        try {
            return parser.getValue();
        } catch (UnsupportedOperationException buffered) {
            try {
                parser.isIntegralNumber();
                return jakarta.json.Json.createValue(parser.getBigDecimal());
            } catch (RuntimeException notANumber) {
                // a string, a literal, an object or an array
            }
            String text;
            try {
                text = parser.getString();
            } catch (RuntimeException array) {
                return JsonValue.EMPTY_JSON_ARRAY;
            }
            return text == null ? JsonValue.NULL : new BufferedText(text);
        }
    }

    /** A value read from a buffered object: a string, or the text of true, false or an object. */
    private record BufferedText(String text) implements JsonValue {
        @Override
        public ValueType getValueType() {
            return ValueType.STRING;
        }
    }

    /** Only a JSON string (or null) binds to a String. */
    public static final class StrictString implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue v = value(parser);
            if (v instanceof JsonString s) {
                return s.getString();
            }
            if (v instanceof BufferedText t) {
                return t.text();
            }
            if (v == JsonValue.NULL) {
                return null;
            }
            throw new JsonbException(BindingFailure.NOT_A_STRING);
        }
    }

    /** Only true, false (or null) binds to a Boolean. */
    public static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue v = value(parser);
            if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                return v == JsonValue.TRUE;
            }
            if (v instanceof BufferedText t && (t.text().equals("true") || t.text().equals("false"))) {
                return t.text().equals("true");
            }
            if (v == JsonValue.NULL) {
                return null;
            }
            throw new JsonbException(BindingFailure.NOT_A_BOOLEAN);
        }
    }
}
