package org.judicialchain.portal.interfaces.rest.shared.errors;

import jakarta.ws.rs.core.Response;

/** A request the API answers with an error of its own: the status (400, 403, 409, 413, 415, 422, 503...) and a message for the caller. */
public class InvalidRequestException extends RuntimeException {

    /** 422: well-formed, but more than the portal will process (JAX-RS 3.1 names no constant for it). */
    public static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private final Response.StatusType status;

    public InvalidRequestException(Response.StatusType status, String message) {
        super(message);
        this.status = status;
    }

    public static InvalidRequestException badRequest(String message) {
        return new InvalidRequestException(Response.Status.BAD_REQUEST, message);
    }

    public static InvalidRequestException unprocessable(String message) {
        return new InvalidRequestException(UNPROCESSABLE, message);
    }

    public Response.StatusType status() {
        return status;
    }
}
