package org.judicialchain.evidence.domain.model.evidence;

import java.util.HexFormat;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.merkle.Keccak;

/**
 * On-chain batch ids derived from the sender and the root: {@code keccak256(sender ‖ root)}, the sender as its 20
 * address bytes. Anyone can check that a batch id belongs to the account that anchored it, and nobody can take a
 * batch id of ours in advance without also anchoring our very root (which is then re-rooted).
 */
public final class BatchIds {

    private BatchIds() {
    }

    public static Bytes32 of(String senderAccount, Bytes32 root) {
        String hex = senderAccount.startsWith("0x") || senderAccount.startsWith("0X") ? senderAccount.substring(2) : senderAccount;
        byte[] address = HexFormat.of().parseHex(hex);
        if (address.length != 20) {
            throw new IllegalArgumentException("an account is 20 bytes, got " + address.length);
        }
        return Keccak.hash(address, root.toByteArray());
    }

    /** Whether {@code batchId} is the one {@code senderAccount} derives for {@code root}. */
    public static boolean belongsTo(Bytes32 batchId, String senderAccount, Bytes32 root) {
        return of(senderAccount, root).equals(batchId);
    }
}
