package org.judicialchain.portal.interfaces.rest.shared.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/** Input the application refused as wrong for the request: 400 with the application's own message. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage());
    }
}
