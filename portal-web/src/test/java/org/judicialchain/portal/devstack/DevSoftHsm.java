package org.judicialchain.portal.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A SoftHSM2 token (Debian's softhsm2) for the institutions' hosted chain keys on a test or local stack: a token
 * folder of its own, its configuration file (SOFTHSM2_CONF must name it for the process that loads the library),
 * and one initialised token, reused when it exists. The PINs are local demo values.
 */
public final class DevSoftHsm {

    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    public static final String LABEL = "portal-custody";

    private DevSoftHsm() {
    }

    /**
     * @return the configuration file to export as SOFTHSM2_CONF
     * @throws IllegalStateException when softhsm2 is not installed or the token cannot be made
     */
    public static Path prepare(Path folder, String userPin) throws IOException, InterruptedException {
        if (!Files.exists(LIBRARY)) {
            throw new IllegalStateException("SoftHSM2 is not installed (" + LIBRARY + " is missing): apt-get install softhsm2");
        }
        Path tokens = Files.createDirectories(folder.resolve("tokens"));
        Path conf = folder.resolve("softhsm2.conf");
        Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n",
                StandardCharsets.UTF_8);
        try (var existing = Files.list(tokens)) {
            if (existing.findAny().isPresent()) {
                return conf;
            }
        }
        ProcessBuilder init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin", userPin,
                "--so-pin", userPin + "-so").redirectErrorStream(true);
        init.environment().put("SOFTHSM2_CONF", conf.toString());
        Process p = init.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("softhsm2-util --init-token failed: " + out);
        }
        return conf;
    }

    /** softhsm2 [folder] [pin]: prepares the token and prints the configuration file's path (for ./portal). */
    public static void main(String[] args) throws Exception {
        System.out.println(prepare(Path.of(args[0]), args[1]));
    }
}
