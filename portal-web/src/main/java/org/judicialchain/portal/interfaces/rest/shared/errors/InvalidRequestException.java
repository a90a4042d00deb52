package org.judicialchain.portal.interfaces.rest.shared.errors;

import jakarta.ws.rs.core.Response;

/** A request the API answers with an error of its own: the status (400, 403, 409, 413, 415, 503...) and a message for the caller. */
public class InvalidRequestException extends RuntimeException {

    private final Response.Status status;

    public InvalidRequestException(Response.Status status, String message) {
        super(message);
        this.status = status;
    }

    public static InvalidRequestException badRequest(String message) {
        return new InvalidRequestException(Response.Status.BAD_REQUEST, message);
    }

    public Response.Status status() {
        return status;
    }
}
