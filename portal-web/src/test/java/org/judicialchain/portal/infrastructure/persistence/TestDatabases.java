package org.judicialchain.portal.infrastructure.persistence;

import javax.sql.DataSource;

/** A Database on a plain DataSource, for adapter tests outside the container (auto-commit instead of JTA). */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database on(DataSource dataSource) {
        Database database = new Database();
        database.dataSource = dataSource;
        database.open();
        return database;
    }
}
