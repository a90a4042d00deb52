package org.judicialchain.portal.interfaces.rest.shared.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.interfaces.rest.shared.json.BindingFailure;

/** Turns every failure into a JSON error with a clear message; stack traces stay in the server log. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            return ApiError.response(e.status(), e.getMessage());
        }
    }

    /** A JSON body that does not bind to its request record; the message names the field. */
    @Provider
    public static class BindingFailed implements ExceptionMapper<BindingFailure> {
        @Override
        public Response toResponse(BindingFailure e) {
            return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    /** A request record that breaks its Bean Validation constraints: each field and its problem. */
    @Provider
    public static class ConstraintViolated implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, message(e));
        }

        public static String message(ConstraintViolationException e) {
            if (e.getConstraintViolations() == null || e.getConstraintViolations().isEmpty()) {
                return "the request is not valid";
            }
            return e.getConstraintViolations().stream().map(ConstraintViolated::describe).distinct().sorted()
                    .collect(java.util.stream.Collectors.joining("; "));
        }

        /** "field problem": the path inside the request body (below the method and its parameter). */
        static String describe(ConstraintViolation<?> v) {
            StringBuilder field = new StringBuilder();
            boolean body = false;
            for (Path.Node node : v.getPropertyPath()) {
                switch (node.getKind()) {
                    case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    }
                    case PARAMETER -> body = true;
                    default -> {
                        if (node.getIndex() != null && !field.isEmpty()) {
                            field.append('[').append(node.getIndex()).append(']');
                        }
                        if (node.getName() != null && !node.getName().startsWith("<")) {
                            field.append(field.isEmpty() ? "" : ".").append(node.getName());
                        }
                    }
                }
            }
            if (field.isEmpty()) {
                boolean missingBody = body && v.getConstraintDescriptor() != null
                        && v.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.NotNull;
                return missingBody ? "request body is empty; a JSON object is expected" : v.getMessage();
            }
            return field + " " + v.getMessage();
        }
    }

    /** JAX-RS's own refusals (404, 405, 406, 415...) in our error format. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String own = e.getMessage();
            if (own != null && !own.startsWith("HTTP ")) {
                return ApiError.response(status, own); // our own NotFoundException("no case X") and the like
            }
            String message = ApiError.fixedMessage(status.getStatusCode());
            return ApiError.response(status, message);
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<CaseConflictException> {
        @Override
        public Response toResponse(CaseConflictException e) {
            return ApiError.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class ChainUnavailable implements ExceptionMapper<LedgerUnavailableException> {
        @Override
        public Response toResponse(LedgerUnavailableException e) {
            LOG.warning(e.getMessage());
            return ApiError.response(Response.Status.SERVICE_UNAVAILABLE,
                    "the chain node is unreachable; verification needs it. Submissions are still accepted. Try again shortly.");
        }
    }

    /**
     * A failed commit of a {@code @Transactional} bean. Without this mapper Jersey's own
     * TransactionalExceptionMapper takes it (the closer type) and rethrows, which answered 500 to 2 of
     * 10,000 requests while the database restarted (the server ended the connection at commit).
     */
    @Provider
    @jakarta.annotation.Priority(1)
    public static class TransactionFailed implements ExceptionMapper<jakarta.transaction.TransactionalException> {
        @Override
        public Response toResponse(jakarta.transaction.TransactionalException e) {
            return new Unexpected().toResponse(e);
        }
    }

    /**
     * Everything else, IllegalArgumentException included: bad input is refused by the request records'
     * validation (400s above), so one escaping from deeper code is a bug, logged and answered 500.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (databaseUnreachable(e)) {
                LOG.warning("database unreachable: " + e.getMessage());
                return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE, ApiError.DATABASE_UNAVAILABLE))
                        .header("Retry-After", ApiError.DATABASE_RETRY_AFTER).build();
            }
            LOG.log(Level.SEVERE, "unexpected failure", e);
            return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "internal error; it has been logged. Nothing you sent was acknowledged unless you got a 2xx.");
        }
    }

    /**
     * Failures the connection pool and the transaction manager report for a database that went away,
     * without an SQLSTATE: a connection that cannot be allocated, or a commit the server cut off.
     * (The application uses local transactions only, so an XA failure is the database's.)
     */
    private static final java.util.Set<String> POOL_FAILURES = java.util.Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.resource.spi.LocalTransactionException",
            "javax.transaction.xa.XAException");

    /** A lost or refused database connection (SQLSTATE class 08, or 57P: the server shutting down). */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (POOL_FAILURES.contains(t.getClass().getName()) || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
