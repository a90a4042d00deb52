package org.judicialchain.portal.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.Arguments;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The portal's database through Jdbi, on the container's DataSource: every handle's connection is enlisted
 * in the caller's JTA transaction, so Jdbi must neither begin nor end transactions itself.
 */
@ApplicationScoped
public class Database {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    private Jdbi jdbi;

    @PostConstruct
    void open() {
        jdbi = configured(Jdbi.create(dataSource));
    }

    /** The portal's settings on any Jdbi (the container's DataSource here, a plain one in tests). */
    static Jdbi configured(Jdbi jdbi) {
        // a JTA connection is never in auto-commit: without this Jdbi would take every handle for an open
        // local transaction and roll it back on close
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        // a null UUID must reach PostgreSQL as "unspecified" so that it takes the column's type: Jdbi's own UUID
        // binding sends null as varchar, which a uuid column refuses (DatabaseTest; found by DisputesIT: a 500
        // on every refused confirmation, whose document is null)
        jdbi.registerArgument(new AbstractArgumentFactory<UUID>(Types.OTHER) {
            @Override
            protected Argument build(UUID value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setObject(position, value);
            }
        });
        jdbi.getConfig(Arguments.class).setUntypedNullArgument(new NullArgument(Types.OTHER));
        // Jdbi's failure messages carry the statement's bound values by default: a failed insert would write a
        // debtor's statement or name into the server log
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        jdbi.registerArrayType(String.class, "text");
        jdbi.registerArrayType(UUID.class, "uuid");
        // the driver binds OffsetDateTime to timestamptz exactly; a Timestamp would go through the JVM's zone
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
            }
        });
        return jdbi;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** A text[] column as a list (empty for null). */
    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    /** A uuid[] column as a list (empty for null). */
    public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.copyOf(Arrays.asList((UUID[]) array.getArray()));
    }

    /** A nullable timestamptz column as an Instant. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
