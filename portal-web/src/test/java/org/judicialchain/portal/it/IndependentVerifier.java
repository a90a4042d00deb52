package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.web3j.abi.DefaultFunctionEncoder;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;
import org.web3j.utils.Numeric;

/**
 * Checks a receipt the way an outside party would, without the portal's code: web3j's own ABI
 * encoding and Keccak for the leaf and the proof, and read-only calls to the registry.
 */
final class IndependentVerifier {

    private IndependentVerifier() {
    }

    static boolean verify(JsonNode receipt, String rpcUrl) throws Exception {
        JsonNode values = receipt.path("leaf").path("values");
        List<Type> encoded = new ArrayList<>();
        List<String> encoding = new ArrayList<>();
        receipt.path("leaf").path("encoding").forEach(t -> encoding.add(t.asText()));
        for (int i = 0; i < encoding.size(); i++) {
            String v = values.get(i).asText();
            encoded.add(switch (encoding.get(i)) {
                case "bytes32" -> new Bytes32(Numeric.hexStringToByteArray(v));
                case "uint16" -> new Uint16(new BigInteger(v));
                case "uint64" -> new Uint64(new BigInteger(v));
                default -> throw new IllegalArgumentException("unexpected type " + encoding.get(i));
            });
        }
        byte[] abi = Numeric.hexStringToByteArray(new DefaultFunctionEncoder().encodeParameters(encoded));
        byte[] leaf = Hash.sha3(Hash.sha3(abi));
        if (!Numeric.toHexString(leaf).equals(receipt.path("leafHash").asText())) {
            return false;
        }
        byte[] node = leaf;
        List<byte[]> proof = new ArrayList<>();
        for (JsonNode p : receipt.path("proof")) {
            byte[] sibling = Numeric.hexStringToByteArray(p.asText());
            proof.add(sibling);
            node = Arrays.compareUnsigned(node, sibling) <= 0 ? Hash.sha3(concat(node, sibling)) : Hash.sha3(concat(sibling, node));
        }
        byte[] root = Numeric.hexStringToByteArray(receipt.path("root").asText());
        if (!Arrays.equals(node, root)) {
            return false;
        }
        Web3j web3j = Web3j.build(new HttpService(rpcUrl));
        try {
            EvidenceRegistry registry = EvidenceRegistry.load(receipt.path("chain").path("contract").asText(), web3j,
                    new ReadonlyTransactionManager(web3j, null), new DefaultGasProvider());
            boolean contractSaysYes = registry.verifyLeaf(root, proof, leaf).send();
            BigInteger block = registry.batchAnchor(root).send().component3();
            return contractSaysYes && block.longValueExact() == receipt.path("chain").path("blockNumber").asLong();
        } finally {
            web3j.shutdown();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
