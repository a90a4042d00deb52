package org.judicialchain.evidence.domain.model.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.judicialchain.evidence.domain.model.merkle.Keccak;

/**
 * The chain account a court (or another party) acts through when the portal records a step on its
 * behalf. On a court network the court admins bind real accounts and the portal is told them in its
 * configuration; on a local chain the portal derives one stable account per organisation (nobody holds
 * its key: the operator path only needs the account's role binding, never its signature).
 */
public final class ActorAccounts {

    private ActorAccounts() {
    }

    /** A stable, keyless account for an organisation: the last 20 bytes of keccak256("judicialchain-actor:" + org). */
    public static String derived(String org) {
        byte[] hash = Keccak.hash(("judicialchain-actor:" + org).getBytes(StandardCharsets.UTF_8)).toByteArray();
        return "0x" + HexFormat.of().formatHex(hash, 12, 32);
    }
}
