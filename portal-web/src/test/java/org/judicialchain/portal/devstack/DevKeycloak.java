package org.judicialchain.portal.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for local runs and tests: the distribution zip from Maven Central, unpacked once
 * into the data folder, started in dev mode on 127.0.0.1 with the court realm imported on first
 * start (later starts reuse its database). Production runs its own Keycloak and configures the
 * portal's issuer instead.
 */
public final class DevKeycloak implements AutoCloseable {

    /** Local-only bootstrap administrator of the dev Keycloak (never used beyond 127.0.0.1). */
    static final String DEV_ADMIN = "admin";
    static final String DEV_ADMIN_PASSWORD = "admin-local-demo";
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(10);

    private final Process process;
    private final int port;

    private DevKeycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param distZip  keycloak-quarkus-dist zip (resolved by Maven)
     * @param home     folder that holds the unpacked distribution and its database
     * @param realmJson the realm to import on first start
     */
    public static DevKeycloak start(Path distZip, Path home, Path realmJson, int port, int managementPort, Path javaHome)
            throws IOException, InterruptedException {
        Path dist = unpackOnce(distZip, home);
        Path imports = dist.resolve("data").resolve("import");
        Files.createDirectories(imports);
        Files.copy(realmJson, imports.resolve("court-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Path log = home.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(dist.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://127.0.0.1:" + port,
                "--http-management-port=" + managementPort, "--import-realm"))
                .directory(dist.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", DEV_ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", DEV_ADMIN_PASSWORD);
        env.put("JAVA_HOME", javaHome.toString());
        env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED -Djava.io.tmpdir=" + home.resolve("tmp"));
        Files.createDirectories(home.resolve("tmp"));
        Process process = builder.start();
        DevKeycloak keycloak = new DevKeycloak(process, port);
        keycloak.awaitRealm(log);
        return keycloak;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/court";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRealm(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(1000);
        }
        close();
        throw new IllegalStateException("Keycloak not ready after " + STARTUP_LIMIT.toMinutes() + " minutes; see " + log);
    }

    /** Unpacks the distribution unless a complete earlier unpack is there (marked by a file written last). */
    static Path unpackOnce(Path zip, Path home) throws IOException {
        Path dist = home.resolve("dist");
        Path marker = dist.resolve(".unpacked-from-" + zip.getFileName());
        if (Files.exists(marker)) {
            return dist;
        }
        Files.createDirectories(dist);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                // strip the top folder (keycloak-26.x.y/) so the layout does not depend on the version
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = dist.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(dist)) {
                    throw new IOException("zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (String script : List.of("kc.sh", "kcadm.sh", "kcreg.sh")) {
            Path p = dist.resolve("bin").resolve(script);
            if (Files.exists(p)) {
                Files.setPosixFilePermissions(p, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE));
            }
        }
        Files.writeString(marker, "");
        return dist;
    }

    /** Usage: DevKeycloak DIST_ZIP HOME REALM_JSON PORT MANAGEMENT_PORT. Prints "keycloak ready at ISSUER" and runs until stopped. */
    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: DevKeycloak DIST_ZIP HOME REALM_JSON PORT MANAGEMENT_PORT");
            System.exit(2);
        }
        DevKeycloak keycloak = start(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Path.of(System.getProperty("java.home")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.close();
            stopped.countDown();
        }));
        System.out.println("keycloak ready at " + keycloak.issuer());
        stopped.await();
    }
}
