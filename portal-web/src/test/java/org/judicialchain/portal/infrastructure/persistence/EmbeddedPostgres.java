package org.judicialchain.portal.infrastructure.persistence;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.judicialchain.portal.devstack.DevDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for adapter tests: the development database in a fresh folder under target/ on a free port,
 * reached as postgres/postgres; migrate it as the test needs (all of the schema, or up to a version).
 */
public record EmbeddedPostgres(DevDatabase db, PGSimpleDataSource dataSource) implements AutoCloseable {

    public static EmbeddedPostgres start(String name) throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), name);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DevDatabase db = DevDatabase.start(dir, port, true);
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(db.jdbcUrl());
        pg.setUser("postgres");
        pg.setPassword("postgres");
        return new EmbeddedPostgres(db, pg);
    }

    public String jdbcUrl() {
        return db.jdbcUrl();
    }

    @Override
    public void close() throws IOException {
        db.close();
    }
}
