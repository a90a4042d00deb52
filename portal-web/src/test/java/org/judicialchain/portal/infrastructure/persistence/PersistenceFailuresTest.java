package org.judicialchain.portal.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.ws.rs.core.Response;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.StatementException;
import org.judicialchain.portal.interfaces.rest.shared.errors.ErrorMappers;
import org.junit.jupiter.api.Test;

/**
 * Jdbi reports a failed connection or statement in its own exceptions, with the driver's SQLException as
 * the cause: the REST layer must still answer a database outage with 503 and anything else with 500.
 */
class PersistenceFailuresTest {

    @Test
    void aConnectionThePoolCannotGiveIsA503() {
        Database database = TestDatabases.on(failing(new SQLException("Connection refused", "08001")));

        Throwable e = catchThrowable(() -> database.jdbi().withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()));

        assertThat(e).isInstanceOf(ConnectionException.class).hasRootCauseInstanceOf(SQLException.class);
        assertThat(new ErrorMappers.Unexpected().toResponse(e).getStatus()).isEqualTo(503);
    }

    @Test
    void aStatementOnALostConnectionIsA503AndAnyOtherFailureA500() {
        Throwable lost = statementFailing(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        Throwable shutdown = statementFailing(new SQLException("terminating connection due to administrator command", "57P01"));
        Throwable duplicate = statementFailing(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(lost).isInstanceOf(StatementException.class); // UnableToCreateStatementException here
        assertThat(status(lost)).isEqualTo(503);
        assertThat(status(shutdown)).isEqualTo(503);
        assertThat(status(duplicate)).isEqualTo(500);
    }

    private static int status(Throwable e) {
        Response r = new ErrorMappers.Unexpected().toResponse(e);
        return r.getStatus();
    }

    private static Throwable statementFailing(SQLException failure) {
        Connection connection = (Connection) Proxy.newProxyInstance(PersistenceFailuresTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "prepareStatement" -> throw failure;
                    case "getAutoCommit", "isClosed" -> false;
                    case "getTransactionIsolation" -> Connection.TRANSACTION_READ_COMMITTED;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> method.getReturnType() == boolean.class ? false
                            : method.getReturnType() == int.class ? 0 : null;
                });
        Database database = TestDatabases.on(returning(connection));
        return catchThrowable(() -> database.jdbi().useHandle(h -> h.createUpdate("update t set x = 1").execute()));
    }

    private static DataSource failing(SQLException e) {
        return dataSource(() -> {
            throw e;
        });
    }

    private static DataSource returning(Connection c) {
        return dataSource(() -> c);
    }

    private interface ConnectionSupplier {
        Connection get() throws SQLException;
    }

    private static DataSource dataSource(ConnectionSupplier connections) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return connections.get();
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return connections.get();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}
