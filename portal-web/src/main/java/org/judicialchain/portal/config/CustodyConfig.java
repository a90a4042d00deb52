package org.judicialchain.portal.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the chain keys of the institutions the portal hosts are kept: a PKCS#11 token (an HSM, or SoftHSM2 on a
 * local stack), one key per institution under its label; without a token, key files in the data folder (local runs
 * only). Institutions that keep their own keys are configured with their account (WorkflowConfig.actorAccount).
 */
@ApplicationScoped
public class CustodyConfig {

    @Inject
    @ConfigProperty(name = "portal.custody.pkcs11.library")
    Optional<String> library;

    @Inject
    @ConfigProperty(name = "portal.custody.pkcs11.slot-index", defaultValue = "0")
    int slotIndex;

    @Inject
    @ConfigProperty(name = "portal.custody.pkcs11.pin")
    Optional<String> pin;

    @Inject
    @ConfigProperty(name = "portal.custody.create-keys", defaultValue = "true")
    boolean createKeys;

    /** The PKCS#11 module (for SoftHSM2: /usr/lib/softhsm/libsofthsm2.so); empty: key files (local runs only). */
    public Optional<String> library() {
        return library.filter(s -> !s.isBlank());
    }

    public int slotIndex() {
        return slotIndex;
    }

    /** The token's user PIN; required with a library. */
    public String pin() {
        return pin.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "portal.custody.pkcs11.pin is not set: the PKCS#11 token's user PIN is needed to sign"));
    }

    /**
     * Whether the portal creates a key (inside the token) for a hosted institution that has none yet. A court
     * network's custody officer may create the keys instead and set this to false.
     */
    public boolean createKeys() {
        return createKeys;
    }
}
