package org.judicialchain.portal.interfaces.rest.shared.errors;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The body of every error answer: the status, its name, and a message that says what is wrong. JAX-RS
 * answers carry it as an entity; the servlet filters and the bearer-token check, which run before JAX-RS,
 * write the same body with {@link #write}.
 */
public record ApiError(int status, String error, String message) {

    /** A lost database connection: the request was refused whole, so it may simply be sent again. */
    public static final String DATABASE_UNAVAILABLE =
            "the database is unavailable for a moment; nothing of this request was stored. Try again shortly.";
    /** Seconds a client should wait before sending a request the database could not take. */
    public static final String DATABASE_RETRY_AFTER = "5";

    public static Response response(Response.StatusType status, String message) {
        return Response.status(status.getStatusCode())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message))
                .build();
    }

    /** Writes the error body straight to a servlet response (outside JAX-RS); the caller sets any other headers first. */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json(status, message).getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    /** The body as text, fields in the order of the record. */
    static String json(int status, String message) {
        return Json.createObjectBuilder().add("status", status).add("error", reason(status)).add("message", message).build().toString();
    }

    /**
     * What to say for a refusal that came without a message of ours (the server's or the JAX-RS runtime's
     * own): a fixed text per status, because their messages may name classes.
     */
    static String fixedMessage(int status) {
        return switch (status) {
            case 400 -> "malformed request: check the Content-Type header, the URL and the body";
            case 401 -> "sign in: send 'Authorization: Bearer <access token>' from the court realm";
            case 403 -> "you may not do this";
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 406 -> "this resource answers application/json only";
            case 413 -> "request body too large";
            case 415 -> "unsupported content type; this endpoint accepts application/json or multipart/form-data";
            default -> status >= 500 ? "internal error; it has been logged" : reason(status);
        };
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : status >= 500 ? "Internal Server Error" : "Error";
    }
}
