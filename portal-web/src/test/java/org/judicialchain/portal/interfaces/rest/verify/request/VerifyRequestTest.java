package org.judicialchain.portal.interfaces.rest.verify.request;

import java.time.Instant;
import java.util.List;
import org.judicialchain.portal.interfaces.rest.evidence.ReceiptDto;
import org.judicialchain.portal.interfaces.rest.shared.json.Binding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.portal.interfaces.rest.shared.json.Binding.bind;

class VerifyRequestTest {

    private static String refusal(String json) {
        return Binding.refusal(json, VerifyRequest.class, r -> {
            if (r.isReceipt()) {
                r.receipt();
            }
        });
    }

    @Test
    void aDigestBinds() {
        VerifyRequest r = bind("{\"sha256\":\"" + "cd".repeat(32) + "\",\"sm3\":\"" + "ef".repeat(32) + "\"}", VerifyRequest.class);
        assertThat(r.isReceipt()).isFalse();
        assertThat(r.sm3()).isEqualTo("ef".repeat(32));
        assertThat(refusal("{\"sha256\":\"12\"}")).isEqualTo("sha256 must be 64 hex digits (a 32-byte digest)");
        assertThat(refusal("{\"foo\":1}")).startsWith("unknown field 'foo'; accepted: ").contains("sha256");
    }

    @Test
    void aReceiptAsThePortalWritesItBindsBack() {
        ReceiptDto written = new ReceiptDto(ReceiptDto.FORMAT, "00000000-0000-0000-0000-000000000001",
                new ReceiptDto.Leaf(List.of("bytes32"), List.of("x"), List.of("0x" + "aa".repeat(32))), "0x" + "bb".repeat(32),
                List.of("0x" + "cc".repeat(32)), "0x" + "dd".repeat(32), "batch-1",
                new ReceiptDto.Chain(31337, "0x" + "ee".repeat(20), "0x" + "ff".repeat(32), 12, Instant.parse("2026-01-01T00:00:00Z"),
                        "0x" + "11".repeat(20)), ReceiptDto.HOW_TO_VERIFY);
        VerifyRequest read = bind(Binding.json(written), VerifyRequest.class);
        assertThat(read.isReceipt()).isTrue();
        assertThat(read.leaf().values()).containsExactly("0x" + "aa".repeat(32));
        assertThat(read.chain().chainId().longValueExact()).isEqualTo(31337);
        assertThat(read.chain().contract()).isEqualTo("0x" + "ee".repeat(20));
        assertThat(read.proof()).hasSize(1);
    }

    @Test
    void malformedReceiptsAreRefusedWithAReason() {
        assertThat(refusal("{\"format\":\"judicialchain.evidence-receipt.v1\",\"leaf\":{\"values\":[\"1\"]}}")).contains("leaf.values");
        assertThat(refusal("{\"format\":\"other\"}")).contains("receipt format");
        assertThat(refusal("{\"leaf\":\"x\"}")).isEqualTo("leaf must be a JSON object");
        assertThat(refusal("{\"leaf\":{\"values\":[]},\"chain\":{\"chainId\":-1}}")).contains("chain.chainId must be a positive chain id");
        assertThat(refusal("{\"leaf\":{\"values\":[]},\"chain\":{\"chainId\":1e30}}")).contains("chain.chainId must be a positive chain id");
        assertThat(refusal("{\"leaf\":{\"values\":[]},\"proof\":[" + "\"x\",".repeat(64) + "\"x\"]}")).contains("proof has more than 64 elements");
        assertThat(refusal("{\"leaf\":{\"values\":[1]}}")).isEqualTo("leaf.values must be a string");
        assertThat(refusal("{\"leaf\":{\"vals\":[]}}")).startsWith("unknown field 'leaf.vals'; accepted: encoding, names, values");
    }
}
