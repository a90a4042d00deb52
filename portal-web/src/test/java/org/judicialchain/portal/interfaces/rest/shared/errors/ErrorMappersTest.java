package org.judicialchain.portal.interfaces.rest.shared.errors;

import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMappersTest {

    /** As seen in the soak's database restart: the server ended the connection while the transaction committed. */
    private static TransactionalException commitCutOff() {
        XAException xa = new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to administrator command");
        SystemException system = new SystemException();
        system.initCause(xa);
        return new TransactionalException("Managed bean with Transactional annotation and TxType of REQUIRED encountered exception during commit", system);
    }

    @Test
    void aCommitTheDatabaseCutOffIsA503WithRetryAfter() {
        Response r = new ErrorMappers.TransactionFailed().toResponse(commitCutOff());

        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((ApiError) r.getEntity()).message()).contains("database is unavailable");
    }

    @Test
    void connectionFailuresAreRecognisedWithOrWithoutAnSqlState() {
        assertThat(ErrorMappers.databaseUnreachable(new RuntimeException(new SQLException("closed", "08003")))).isTrue();
        assertThat(ErrorMappers.databaseUnreachable(new RuntimeException(new SQLException("shutting down", "57P01")))).isTrue();
        assertThat(ErrorMappers.databaseUnreachable(new IllegalStateException(new java.net.ConnectException("refused")))).isTrue();
        assertThat(ErrorMappers.databaseUnreachable(commitCutOff())).isTrue();
    }

    @Test
    void otherFailuresAreNotBlamedOnTheDatabase() {
        assertThat(ErrorMappers.databaseUnreachable(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(ErrorMappers.databaseUnreachable(new IllegalStateException("bug"))).isFalse();
        Response r = new ErrorMappers.TransactionFailed().toResponse(new TransactionalException("rolled back", new IllegalStateException("bug")));
        assertThat(r.getStatus()).isEqualTo(500);
    }
}
