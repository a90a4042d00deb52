package org.judicialchain.portal.interfaces.rest.shared.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/**
 * What JSON-B does not check on a JSON request body, before it binds: the size cap (413), strict
 * UTF-8 (the parser would replace malformed bytes silently), the nesting depth (the parser gives up
 * at 1,000 with a bare RuntimeException), one JSON object and nothing after it, and no NUL character
 * in any string. A body that then fails to bind becomes a {@link BindingFailure} naming the field.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyLimits implements ReaderInterceptor {

    public static final int MAX_JSON_BYTES = 256 * 1024;
    static final int MAX_DEPTH = 32;
    /** Looked up once: the static Json methods search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || context.getType() == InputStream.class) {
            return context.proceed();
        }
        byte[] body = check(context.getInputStream());
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (JsonbException e) {
            return unbound(context.getType(), new BindingFailure(e));
        } catch (ProcessingException e) {
            if (e.getCause() instanceof JsonbException) {
                return unbound(context.getType(), new BindingFailure(e.getCause()));
            }
            throw e;
        }
    }

    /** The type's {@link UnboundRequest} for the failure, if it offers one; otherwise the failure is thrown now. */
    static Object unbound(Class<?> type, BindingFailure failure) {
        try {
            java.lang.reflect.Method factory = type.getMethod("unbound", BindingFailure.class);
            if (java.lang.reflect.Modifier.isStatic(factory.getModifiers()) && type.isAssignableFrom(factory.getReturnType())) {
                return factory.invoke(null, failure);
            }
        } catch (NoSuchMethodException none) {
            // refused at once
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot keep the binding failure for " + type.getName(), e);
        }
        throw failure;
    }

    static boolean isJson(MediaType type) {
        return type != null && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                || type.getSubtype().endsWith("+json")) && !type.isWildcardSubtype() && !type.isWildcardType();
    }

    /** The body's bytes once they pass; otherwise the 400 or 413 that says what is wrong. */
    static byte[] check(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_JSON_BYTES + 1);
        } catch (IOException e) {
            throw InvalidRequestException.badRequest("could not read the request body");
        }
        if (bytes.length > MAX_JSON_BYTES) {
            throw new InvalidRequestException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "JSON body larger than " + MAX_JSON_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw InvalidRequestException.badRequest("request body is empty; a JSON object is expected");
        }
        requireShallow(bytes);
        requireOneObject(strictUtf8(bytes));
        return bytes;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidRequestException.badRequest("request body is not valid UTF-8");
        }
    }

    /** Counted on the bytes, outside strings, before any parser sees them. */
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

    /**
     * One JSON object and nothing after it (a binder stops after the first value and ignores "{} {}"),
     * and no NUL in a key or a string (PostgreSQL cannot store it in text; no field has a use for it).
     */
    private static void requireOneObject(String text) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw InvalidRequestException.badRequest("request body must be a JSON object");
            }
            int depth = 1;
            String key = null;
            while (depth > 0) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        key = parser.getString();
                        if (key.indexOf('\u0000') >= 0) {
                            throw InvalidRequestException.badRequest("a field name contains a NUL character");
                        }
                    }
                    case VALUE_STRING -> {
                        if (parser.getString().indexOf('\u0000') >= 0) {
                            throw InvalidRequestException.badRequest((key == null ? "a value" : key) + " contains a NUL character");
                        }
                    }
                    default -> {
                    }
                }
            }
            if (parser.hasNext()) {
                throw InvalidRequestException.badRequest("request body has more after its JSON object");
            }
        } catch (JsonException e) {
            throw InvalidRequestException.badRequest("request body is not valid JSON: " + firstLine(e.getMessage()));
        } catch (java.util.NoSuchElementException e) {
            throw InvalidRequestException.badRequest("request body is not valid JSON: it ends early");
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
