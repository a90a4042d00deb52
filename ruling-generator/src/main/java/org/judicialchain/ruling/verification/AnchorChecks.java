package org.judicialchain.ruling.verification;

/**
 * The chain questions a verification needs, answered by the caller (the portal asks its
 * ledger), so that this module needs no chain client. An exception thrown here is reported as
 * a failed check with its message, not propagated.
 */
public interface AnchorChecks {

    /** Whether the registry contract holds this batch root (0x-prefixed, 64 lower-case hex digits). */
    boolean rootAnchored(String rootHex);

    /** Whether an anchored evidence item has this SHA-256 (64 lower-case hex digits, no prefix, as sha256sum prints). */
    boolean digestAnchored(String sha256Hex);
}
