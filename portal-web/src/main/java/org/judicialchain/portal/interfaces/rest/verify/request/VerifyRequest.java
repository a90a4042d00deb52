package org.judicialchain.portal.interfaces.rest.verify.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.portal.application.evidence.VerifyingEvidence;
import org.judicialchain.portal.interfaces.rest.evidence.ReceiptDto;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/**
 * What is presented for verification: {"sha256": ..., "sm3"?: ...}, or a receipt exactly as
 * GET /evidence/{id}/receipt returns it ({@link ReceiptDto}, docs/receipt.md); the fields a receipt
 * carries for people (evidenceId, batchId, howToVerify, leaf.names, chain.transactionHash...) are
 * accepted and not needed.
 */
public record VerifyRequest(
        @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String sha256,
        @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String sm3,
        String format, String evidenceId, @Valid Leaf leaf, String leafHash,
        @Size(max = MAX_PROOF_LENGTH, message = "has more than {max} elements") List<String> proof,
        String root, String batchId, @Valid Chain chain, String howToVerify) {

    public static final int MAX_PROOF_LENGTH = 64;
    private static final int MAX_LEAF_VALUES = 16;

    /** The leaf in OpenZeppelin StandardMerkleTree form, as {@link ReceiptDto.Leaf}. */
    public record Leaf(@Size(max = MAX_LEAF_VALUES, message = "has more than {max} elements") List<String> encoding,
                       @Size(max = MAX_LEAF_VALUES, message = "has more than {max} elements") List<String> names,
                       @Size(max = MAX_LEAF_VALUES, message = "has more than {max} elements") List<String> values) {
    }

    /** The chain of the anchor, as {@link ReceiptDto.Chain}; chainId and contract are what verification needs. */
    public record Chain(@Positive(message = "must be a positive chain id")
                        @Digits(integer = 18, fraction = 0, message = "must be a positive chain id") BigDecimal chainId,
                        @Pattern(regexp = "0x[0-9a-fA-F]{40}", message = "must be a contract address (0x and 40 hex digits)") String contract,
                        String transactionHash, BigDecimal blockNumber, String blockTime, String submitterAccount) {
    }

    /** A receipt rather than a bare digest. */
    public boolean isReceipt() {
        return leaf != null || format != null;
    }

    /** The receipt to verify, or a 400 saying what is wrong with it (in the order a reader would check). */
    public VerifyingEvidence.Receipt receipt() {
        if (format != null && !ReceiptDto.FORMAT.equals(format)) {
            throw InvalidRequestException.badRequest("unknown receipt format '" + RequestValues.abbreviate(format)
                    + "'; expected " + ReceiptDto.FORMAT);
        }
        if (leaf == null) {
            throw InvalidRequestException.badRequest("receipt leaf must be a JSON object");
        }
        if (leaf.encoding() != null && !AnchorLeaf.ENCODING.equals(leaf.encoding())) {
            throw InvalidRequestException.badRequest("receipt leaf.encoding must be " + AnchorLeaf.ENCODING);
        }
        if (leaf.values() == null) {
            throw InvalidRequestException.badRequest("receipt leaf.values must be an array of strings");
        }
        AnchorLeaf anchorLeaf = RequestValues.field("receipt leaf.values", () -> AnchorLeaf.fromJsonValues(leaf.values()));
        if (chain == null) {
            throw InvalidRequestException.badRequest("receipt chain must be a JSON object");
        }
        if (proof == null) {
            throw InvalidRequestException.badRequest("receipt proof must be an array of strings");
        }
        List<Bytes32> path = proof.stream().map(p -> hex("proof", p)).toList();
        if (chain.chainId() == null) {
            throw InvalidRequestException.badRequest("receipt chain.chainId is missing");
        }
        if (chain.contract() == null) {
            throw InvalidRequestException.badRequest("receipt chain.contract is missing");
        }
        return new VerifyingEvidence.Receipt(anchorLeaf, hex("leafHash", leafHash), path, hex("root", root),
                chain.chainId().longValueExact(), chain.contract());
    }

    private static Bytes32 hex(String field, String value) {
        if (value == null) {
            throw InvalidRequestException.badRequest("receipt " + field + " is missing");
        }
        return RequestValues.field("receipt " + field, () -> Bytes32.fromHex(value));
    }
}
