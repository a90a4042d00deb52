package org.judicialchain.portal.interfaces.rest.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.json.UnboundRequest;

/**
 * Checks a request record against its Bean Validation constraints. Resources call it after the
 * access check rather than marking the parameter {@code @Valid}: JAX-RS would validate before the
 * method runs, and an anonymous or unauthorised caller sending {} must hear 401 or 403, not which
 * fields are missing. A violation is a {@link ConstraintViolationException}, mapped to a 400 naming
 * the fields (ErrorMappers.ConstraintViolated). A body kept unbound ({@link UnboundRequest}) is refused
 * here too, with its binding failure.
 */
@ApplicationScoped
public class RequestBodies {

    @Inject
    Validator validator;

    public RequestBodies() {
    }

    public RequestBodies(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T request) {
        if (request == null) {
            throw InvalidRequestException.badRequest("request body is empty; a JSON object is expected");
        }
        if (request instanceof UnboundRequest unbound) {
            throw unbound.failure();
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
