package org.judicialchain.portal.interfaces.rest.verify;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.portal.application.evidence.VerificationService;
import org.judicialchain.portal.interfaces.rest.evidence.ReceiptDto;
import org.judicialchain.portal.interfaces.rest.shared.JsonBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/** Reads a receipt (docs/receipt.md) presented for verification, refusing malformed ones with a reason. */
final class ReceiptReader {

    private static final int MAX_PROOF_LENGTH = 64;

    private ReceiptReader() {
    }

    static VerificationService.Receipt read(JsonObject json) {
        JsonBodies.optionalString(json, "format").ifPresent(f -> {
            if (!ReceiptDto.FORMAT.equals(f)) {
                throw InvalidRequestException.badRequest("unknown receipt format '" + f + "'; expected " + ReceiptDto.FORMAT);
            }
        });
        JsonObject leaf = JsonBodies.requiredObject(json, "leaf");
        if (leaf.containsKey("encoding") && !AnchorLeaf.ENCODING.equals(strings(leaf, "encoding", 16))) {
            throw InvalidRequestException.badRequest("receipt leaf.encoding must be " + AnchorLeaf.ENCODING);
        }
        AnchorLeaf anchorLeaf;
        try {
            anchorLeaf = AnchorLeaf.fromJsonValues(strings(leaf, "values", 16));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("receipt leaf.values: " + e.getMessage());
        }
        JsonObject chain = JsonBodies.requiredObject(json, "chain");
        List<Bytes32> proof = strings(json, "proof", MAX_PROOF_LENGTH).stream().map(p -> hex("proof", p)).toList();
        long chainId = JsonBodies.requiredLong(chain, "chainId");
        if (chainId <= 0) {
            throw InvalidRequestException.badRequest("receipt chain.chainId must be a positive chain id");
        }
        String contract = JsonBodies.requiredString(chain, "contract");
        if (!contract.matches("0x[0-9a-fA-F]{40}")) {
            throw InvalidRequestException.badRequest("receipt chain.contract must be a contract address (0x and 40 hex digits)");
        }
        return new VerificationService.Receipt(anchorLeaf, hex("leafHash", JsonBodies.requiredString(json, "leafHash")),
                proof, hex("root", JsonBodies.requiredString(json, "root")), chainId, contract);
    }

    private static List<String> strings(JsonObject o, String field, int max) {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonArray array)) {
            throw InvalidRequestException.badRequest("receipt " + field + " must be an array of strings");
        }
        if (array.size() > max) {
            throw InvalidRequestException.badRequest("receipt " + field + " has more than " + max + " elements");
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s)) {
                throw InvalidRequestException.badRequest("receipt " + field + " must be an array of strings");
            }
            out.add(s.getString());
        }
        return out;
    }

    private static Bytes32 hex(String field, String value) {
        try {
            return Bytes32.fromHex(value);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("receipt " + field + ": " + e.getMessage());
        }
    }
}
