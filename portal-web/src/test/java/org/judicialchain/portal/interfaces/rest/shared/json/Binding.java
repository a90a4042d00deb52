package org.judicialchain.portal.interfaces.rest.shared.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.ErrorMappers;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/**
 * A request body as the portal reads it, on Payara's own Yasson and Hibernate Validator (unpacked from
 * payara-micro onto the test class path): the body limits, JSON-B with the portal's configuration, then
 * the record's constraints. {@link #refusal} gives the message the caller would get in the 400.
 */
public final class Binding {

    private static final Jsonb JSONB = JsonBinding.create();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final RequestBodies BODIES = new RequestBodies(VALIDATOR);

    private Binding() {
    }

    /** The valid request record bound from the JSON; throws what the portal would map to a 4xx. */
    public static <T> T bind(String json, Class<T> type) {
        byte[] body = JsonBodyLimits.check(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        return BODIES.valid(read(body, type));
    }

    /** What the resource method receives: the bound record, or the type's UnboundRequest if it offers one. */
    public static <T> T read(byte[] body, Class<T> type) {
        try {
            return JSONB.fromJson(new ByteArrayInputStream(body), type);
        } catch (JsonbException e) {
            return type.cast(JsonBodyLimits.unbound(type, new BindingFailure(e)));
        }
    }

    /** The message of the 400 the JSON gets, or fails if it binds. */
    public static String refusal(String json, Class<?> type) {
        return refusal(json, type, bound -> {
        });
    }

    /** The message of the 400 the JSON gets when bound and then used (turned into domain values); fails if neither refuses. */
    public static <T> String refusal(String json, Class<T> type, java.util.function.Consumer<T> use) {
        try {
            use.accept(bind(json, type));
        } catch (BindingFailure | InvalidRequestException e) {
            return e.getMessage();
        } catch (ConstraintViolationException e) {
            return ErrorMappers.ConstraintViolated.message(e);
        }
        throw new AssertionError("bound without refusal: " + json);
    }

    public static String json(Object o) {
        return JSONB.toJson(o);
    }
}
