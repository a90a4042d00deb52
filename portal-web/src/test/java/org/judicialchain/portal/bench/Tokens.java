package org.judicialchain.portal.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Bearer tokens for the bench: the command in BENCH_TOKEN_CMD (run.sh sets
 * {@code PORTAL_DATA=... ./portal token lender-a1}) is run again every 3 minutes, because local
 * tokens live 5 minutes and a bench step may last longer; BENCH_TOKEN alone is used as it is.
 */
public final class Tokens {

    private static final long REFRESH_NANOS = TimeUnit.MINUTES.toNanos(3);

    private final String command;
    private volatile String token;
    private volatile long fetchedAt;

    public Tokens(String command, String fixed) {
        this.command = command;
        this.token = fixed;
        this.fetchedAt = System.nanoTime();
        if ((command == null || command.isBlank()) && (fixed == null || fixed.isBlank())) {
            throw new IllegalArgumentException("set BENCH_TOKEN_CMD or BENCH_TOKEN");
        }
    }

    public static Tokens fromEnvironment() {
        return new Tokens(System.getenv("BENCH_TOKEN_CMD"), System.getenv("BENCH_TOKEN"));
    }

    /** A court administrator's tokens (BENCH_ADMIN_TOKEN_CMD), for the operations view; empty when not set. */
    public static java.util.Optional<Tokens> adminFromEnvironment() {
        String command = System.getenv("BENCH_ADMIN_TOKEN_CMD");
        return command == null || command.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(new Tokens(command, null));
    }

    public String bearer() {
        String t = token;
        if (command != null && !command.isBlank() && (t == null || t.isBlank() || System.nanoTime() - fetchedAt > REFRESH_NANOS)) {
            synchronized (this) {
                if (token == null || token.isBlank() || System.nanoTime() - fetchedAt > REFRESH_NANOS) {
                    token = fetch();
                    fetchedAt = System.nanoTime();
                }
                t = token;
            }
        }
        return "Bearer " + t;
    }

    private String fetch() {
        try {
            Process p = new ProcessBuilder("bash", "-c", command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                throw new IllegalStateException("token command failed: " + command);
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("token command failed: " + command, e);
        }
    }
}
