package org.judicialchain.ruling.verification;

/** The checks of a document verification, in the order they are reported. */
public enum Check {
    /** The signed byte ranges hash to the signed digest and the signature value verifies. */
    SIGNATURE_INTEGRITY,
    /** The signature covers the whole file: nothing was appended after signing. */
    SIGNATURE_COVERS_DOCUMENT,
    /** The signer certificate chains to a configured court trust anchor. */
    SIGNER_CERTIFICATE,
    /** An RFC 3161 timestamp over the signature, valid and from a trusted TSA; the detail gives its time. */
    TIMESTAMP,
    /** The document claims PDF/A-3 in its XMP metadata (a claim, not a validation). */
    PDFA_CLAIM,
    /** manifest.json is attached and parses. */
    MANIFEST_PRESENT,
    /** One line per evidence item: the leaf hash is that of the leaf values, and the proof folds to the root. */
    MANIFEST_PROOF,
    /** One line per distinct root: the registry contract holds it. */
    MANIFEST_ROOT_ANCHORED,
    /** The SHA-256 of the uploaded file itself is anchored. */
    DOCUMENT_DIGEST_ANCHORED
}
