package org.judicialchain.besu.localchain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local chain node for runs and tests: a Foundry {@code anvil} process (installed by npm into
 * {@code besu-config/node_modules}), configured to behave like the production Besu network where it
 * matters to the portal.
 *
 * <p>Flags and why:
 * <ul>
 *   <li>{@code --host 127.0.0.1}: loopback only.</li>
 *   <li>{@code --block-time 1}: interval mining. Automine slows down as state grows and lost pipelined
 *       transactions in tests.</li>
 *   <li>{@code --base-fee 0}: Besu runs with a zero gas price and the portal signs with its own unfunded
 *       key. With a zero base fee a legacy transaction with {@code gasPrice = 0} costs nothing, so anvil
 *       accepts and mines it from an account with zero balance (EvidenceRegistryIT uses only fresh,
 *       unfunded keys to prove it). No {@code --gas-price} is needed: on anvil 1.7.1 {@code --gas-price 0}
 *       changes nothing observable.</li>
 *   <li>{@code --disable-min-priority-fee}: without it {@code eth_gasPrice} still suggests 1 gwei (the
 *       minimum priority fee), which code using web3j's default gas provider would then fail to pay from
 *       an unfunded account; with it {@code eth_gasPrice} answers 0, like Besu with a zero min gas price.
 *       ({@code eth_maxPriorityFeePerGas} still answers 1 gwei: send legacy or explicit-fee transactions.)</li>
 *   <li>{@code --prune-history 16}: keep only recent states in memory.</li>
 *   <li>{@code --state FILE --state-interval 1} (optional): persist the chain; survives kill -9.</li>
 *   <li>{@code HOME} = {@code workDir/home}: anvil otherwise writes snapshots under {@code ~/.foundry}
 *       and never deletes them.</li>
 * </ul>
 * It is not Besu: use only standard eth_/net_/web3_ JSON-RPC against it.
 */
public final class LocalChain implements AutoCloseable {

    /**
     * @param anvil     the anvil executable (see {@link #locateAnvil()})
     * @param host      interface to bind; {@code null} means 127.0.0.1
     * @param port      RPC port
     * @param chainId   EIP-155 chain id
     * @param stateFile where the chain state is persisted; {@code null} = not persisted
     * @param workDir   holds anvil's throwaway HOME and its log file {@code anvil.log}
     */
    public record Options(Path anvil, String host, int port, long chainId, Path stateFile, Path workDir) {}

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);
    private static final String LOG_FILE = "anvil.log";

    private final Process process;
    private final String rpcUrl;
    private final long chainId;
    private final Path logFile;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalChain(Process process, String rpcUrl, long chainId, Path logFile) {
        this.process = process;
        this.rpcUrl = rpcUrl;
        this.chainId = chainId;
        this.logFile = logFile;
        // never leave an orphaned anvil behind if the JVM exits without close()
        this.shutdownHook = new Thread(this::stopProcess, "local-chain-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts anvil and waits (up to about 20 s) until it answers {@code eth_chainId} with the expected id.
     *
     * @throws IOException if the port is taken, anvil cannot be started, dies or does not become ready;
     *                     the message carries the tail of the anvil log
     */
    public static LocalChain start(Options options) throws IOException {
        if (options.workDir() == null) throw new IllegalArgumentException("LocalChain: workDir is required");
        if (options.port() <= 0 || options.port() > 65535) {
            throw new IllegalArgumentException("LocalChain: invalid port " + options.port());
        }
        if (options.chainId() <= 0) throw new IllegalArgumentException("LocalChain: invalid chain id " + options.chainId());
        String host = options.host() == null || options.host().isBlank() ? "127.0.0.1" : options.host();
        Path anvil = preferNativeBinary(options.anvil() == null ? locateAnvil() : options.anvil());
        if (!Files.isExecutable(anvil)) {
            throw new IOException("LocalChain: anvil is not an executable file: " + anvil + " (" + HOW_TO_INSTALL + ")");
        }
        requirePortFree(host, options.port());

        Path workDir = options.workDir().toAbsolutePath();
        Path home = workDir.resolve("home");
        Files.createDirectories(home);
        Path log = workDir.resolve(LOG_FILE);

        List<String> command = new ArrayList<>(List.of(
                anvil.toString(),
                "--host", host,
                "--port", Integer.toString(options.port()),
                "--chain-id", Long.toString(options.chainId()),
                "--block-time", "1",
                "--prune-history", "16",
                "--base-fee", "0",
                "--disable-min-priority-fee"));
        if (options.stateFile() != null) {
            Path state = options.stateFile().toAbsolutePath();
            if (state.getParent() != null) Files.createDirectories(state.getParent());
            command.addAll(List.of("--state", state.toString(), "--state-interval", "1"));
        }

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("LocalChain: could not start " + anvil + ": " + e.getMessage(), e);
        }

        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + options.port();
        LocalChain chain = new LocalChain(process, url, options.chainId(), log);
        try {
            chain.awaitReady();
        } catch (IOException | RuntimeException e) {
            chain.close();
            throw e;
        }
        return chain;
    }

    /** The JSON-RPC endpoint, e.g. {@code http://127.0.0.1:8545}. */
    public String rpcUrl() {
        return rpcUrl;
    }

    public long chainId() {
        return chainId;
    }

    /** The anvil log (stdout and stderr). */
    public Path logFile() {
        return logFile;
    }

    /** Stops anvil (SIGTERM, then SIGKILL after 10 s) and waits for it. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }

    private void stopProcess() {
        if (!process.isAlive()) return;
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ readiness

    private static final Pattern RESULT = Pattern.compile("\"result\"\\s*:\\s*\"(0x[0-9a-fA-F]+)\"");

    private void awaitReady() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(rpcUrl))
                .timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
                .build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        String lastProblem = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("LocalChain: anvil exited with code " + process.exitValue()
                        + " before it was ready. Log " + logFile + ":\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                Matcher m = RESULT.matcher(response.body());
                if (response.statusCode() == 200 && m.find()) {
                    long answered = Long.parseLong(m.group(1).substring(2), 16);
                    if (answered != chainId) {
                        throw new IOException("LocalChain: the node at " + rpcUrl + " reports chain id " + answered
                                + " instead of " + chainId + ". Log " + logFile + ":\n" + logTail());
                    }
                    return;
                }
                lastProblem = "HTTP " + response.statusCode() + ": " + response.body();
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("LocalChain:")) throw e;
                lastProblem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("LocalChain: interrupted while waiting for anvil", e);
            }
            sleep(100);
        }
        throw new IOException("LocalChain: anvil did not answer eth_chainId at " + rpcUrl + " within "
                + STARTUP_TIMEOUT.toSeconds() + " s (" + lastProblem + "). Log " + logFile + ":\n" + logTail());
    }

    private String logTail() {
        try {
            if (!Files.exists(logFile)) return "(no log written)";
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void requirePortFree(String host, int port) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new IOException("LocalChain: cannot use " + host + ":" + port + " for anvil, the port is in use ("
                    + e.getMessage() + "). Pick another port.", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ locating anvil

    private static final String HOW_TO_INSTALL =
            "run `mvn -pl besu-config initialize` (npm ci in besu-config) or `./portal build`, "
                    + "or set -Dportal.anvil=/path/to/anvil or ANVIL=/path/to/anvil";

    /**
     * Finds the anvil executable: system property {@code portal.anvil}, then environment variable
     * {@code ANVIL}, then {@code besu-config/node_modules} searched upward from the working directory.
     * The npm launcher ({@code node_modules/.bin/anvil}, a node script) is replaced by the native binary
     * it wraps when that is present, so that stopping the process really stops anvil.
     *
     * @throws IllegalStateException naming what to run when anvil is not installed
     */
    public static Path locateAnvil() {
        String property = System.getProperty("portal.anvil");
        if (property != null && !property.isBlank()) {
            return requireExecutable(Path.of(property), "system property portal.anvil");
        }
        String env = System.getenv("ANVIL");
        if (env != null && !env.isBlank()) {
            return requireExecutable(Path.of(env), "environment variable ANVIL");
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            for (Path nodeModules : List.of(dir.resolve("besu-config/node_modules"), dir.resolve("node_modules"))) {
                Path nativeBinary = nodeModules.resolve("@foundry-rs").resolve(platformPackage()).resolve("bin").resolve(binaryName());
                if (Files.isExecutable(nativeBinary)) return nativeBinary;
                Path launcher = nodeModules.resolve(".bin").resolve(binaryName());
                if (Files.isExecutable(launcher)) return preferNativeBinary(launcher);
            }
        }
        throw new IllegalStateException("LocalChain: anvil not found (searched besu-config/node_modules upward from "
                + start + "); " + HOW_TO_INSTALL);
    }

    private static Path requireExecutable(Path path, String source) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("LocalChain: " + source + " points to " + path
                    + ", which is not an executable file; " + HOW_TO_INSTALL);
        }
        return preferNativeBinary(path);
    }

    /** Replaces the npm launcher script by the native binary of the platform package, if installed. */
    static Path preferNativeBinary(Path anvil) {
        try {
            Path real = anvil.toRealPath();
            String name = real.getFileName().toString();
            if (name.endsWith(".mjs") || name.endsWith(".js") || name.endsWith(".cjs")) {
                // node_modules/@foundry-rs/anvil/bin.mjs -> node_modules/@foundry-rs/anvil-<os>-<arch>/bin/anvil
                Path scope = real.getParent().getParent();
                Path nativeBinary = scope.resolve(platformPackage()).resolve("bin").resolve(binaryName());
                if (Files.isExecutable(nativeBinary)) return nativeBinary;
            }
            return anvil;
        } catch (IOException e) {
            return anvil;
        }
    }

    private static String platformPackage() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String osPart = os.contains("win") ? "win32" : os.contains("mac") || os.contains("darwin") ? "darwin" : "linux";
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String archPart = arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "amd64";
        return "anvil-" + osPart + "-" + archPart;
    }

    private static String binaryName() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "anvil.exe" : "anvil";
    }

    // ------------------------------------------------------------------ command line

    /**
     * {@code --port N --chain-id N --state FILE --work-dir DIR [--host H]}: starts the chain, prints
     * "chain ready at &lt;url&gt;" and stays up until SIGTERM or Ctrl-C.
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = parseArgs(args, null);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: LocalChain [--port 8545] [--chain-id 1337] [--state FILE] [--work-dir DIR] [--host 127.0.0.1]");
            System.exit(2);
            return;
        }
        LocalChain chain;
        try {
            chain = start(options);
        } catch (IOException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            chain.close();
            stopped.countDown();
        }, "local-chain-main-stop"));
        System.out.println("chain ready at " + chain.rpcUrl());
        System.out.flush();
        try {
            int code = chain.process.waitFor();
            if (stopped.getCount() > 0 && !chain.closed.get()) {
                System.err.println("LocalChain: anvil exited unexpectedly with code " + code + "; see " + chain.logFile());
                System.exit(1);
            }
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Parses the command line; {@code anvil} null means {@link #locateAnvil()} at start. Package-private for tests. */
    static Options parseArgs(String[] args, Path anvil) {
        int port = 8545;
        long chainId = 1337;
        Path state = null;
        Path workDir = Path.of("target", "localchain");
        String host = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException("LocalChain: missing value after " + flag);
            String value = args[++i];
            try {
                switch (flag) {
                    case "--port" -> port = Integer.parseInt(value);
                    case "--chain-id" -> chainId = Long.parseLong(value);
                    case "--state" -> state = Path.of(value);
                    case "--work-dir" -> workDir = Path.of(value);
                    case "--host" -> host = value;
                    default -> throw new IllegalArgumentException("LocalChain: unknown option " + flag);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("LocalChain: " + flag + " needs a number, got " + value);
            }
        }
        return new Options(anvil, host, port, chainId, state, workDir);
    }
}
