package org.judicialchain.portal.it;

import java.nio.file.Path;
import org.judicialchain.besu.localchain.LocalChain;
import org.judicialchain.portal.devstack.DevDatabase;
import org.judicialchain.portal.devstack.DevKeycloak;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real PostgreSQL, chain node and Keycloak once per test run, before Arquillian starts Payara
 * Micro (register this extension before ArquillianExtension). Ports come from the build
 * (build-helper reserve-network-port) so that Payara's configuration, filtered from
 * payara-it.properties, points at them.
 */
public final class PortalStack implements BeforeAllCallback {

    public static final long CHAIN_ID = 31337;
    private static DevDatabase database;
    /** The test token's user PIN, as payara-it.properties gives it to the portal (a local demo value). */
    static final String CUSTODY_PIN = "it-custody-pin";

    private static LocalChain chain;
    private static DevKeycloak keycloak;
    private static com.icegreen.greenmail.util.GreenMail mail;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        startOnce();
    }

    static synchronized void startOnce() throws Exception {
        if (database != null) {
            return;
        }
        Path work = Path.of(System.getProperty("it.work"));
        // the hosted institutions' keys: a real PKCS#11 token; failsafe hands SOFTHSM2_CONF (this file) to Payara
        Path conf = org.judicialchain.portal.devstack.DevSoftHsm.prepare(work.resolve("softhsm"), CUSTODY_PIN);
        if (!conf.toString().equals(System.getenv("SOFTHSM2_CONF"))) {
            throw new IllegalStateException("SOFTHSM2_CONF must be " + conf + " (failsafe's environment), not "
                    + System.getenv("SOFTHSM2_CONF"));
        }
        database = DevDatabase.start(work.resolve("postgres"), Integer.getInteger("it.db.port"), true);
        java.nio.file.Files.deleteIfExists(work.resolve("chain").resolve("state.json"));
        startChain();
        keycloak = DevKeycloak.start(Path.of(System.getProperty("it.kc.dist")), work.resolve("keycloak"),
                Path.of(System.getProperty("it.realm")), Integer.getInteger("it.kc.port"),
                Integer.getInteger("it.kc.mgmt.port"), Path.of(System.getProperty("java.home")));
        mail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(
                Integer.getInteger("it.smtp.port"), "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(PortalStack::stop));
    }

    /** Starts (or restarts, keeping its state) the chain node on the reserved port. */
    static synchronized void startChain() throws java.io.IOException {
        Path work = Path.of(System.getProperty("it.work")).resolve("chain");
        chain = LocalChain.start(new LocalChain.Options(LocalChain.locateAnvil(), "127.0.0.1",
                Integer.getInteger("it.chain.port"), CHAIN_ID, work.resolve("state.json"), work));
    }

    /** Stops the chain node, as an outage would; its state is kept for {@link #startChain()}. */
    static synchronized void stopChain() {
        chain.close();
    }

    static synchronized void stop() {
        try {
            if (chain != null) {
                chain.close();
            }
            if (keycloak != null) {
                keycloak.close();
            }
            if (mail != null) {
                mail.stop();
            }
            if (database != null) {
                database.close();
            }
        } catch (Exception e) {
            System.err.println("stopping the test stack: " + e.getMessage());
        }
    }

    public static String jdbcUrl() {
        return database.jdbcUrl();
    }

    public static String issuer() {
        return keycloak.issuer();
    }

    /** The in-process SMTP server the portal e-mails notifications to. */
    static com.icegreen.greenmail.util.GreenMail mail() {
        return mail;
    }

    public static String rpcUrl() {
        return chain.rpcUrl();
    }
}
