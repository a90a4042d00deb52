package org.judicialchain.evidence.domain.model.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Bytes32Test {

    private static final String HEX = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void parsesWithOrWithoutPrefixInEitherCase() {
        assertThat(Bytes32.fromHex("0x" + HEX.toUpperCase())).isEqualTo(Bytes32.fromHex(HEX));
        assertThat(Bytes32.fromHex(HEX).hex()).isEqualTo(HEX);
        assertThat(Bytes32.fromHex(HEX).hex0x()).isEqualTo("0x" + HEX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xyz", "0x", "ba7816bf", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad00", "ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", " a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"})
    void refusesAnythingButSixtyFourHexDigits(String bad) {
        assertThatThrownBy(() -> Bytes32.fromHex(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hex digits");
    }

    @Test
    void ordersAsUnsignedBytesLikeSolidity() {
        Bytes32 high = Bytes32.fromHex("ff" + "00".repeat(31));
        Bytes32 low = Bytes32.fromHex("01" + "00".repeat(31));
        assertThat(high).isGreaterThan(low);
    }

    @Test
    void isImmutable() {
        byte[] raw = new byte[32];
        Bytes32 value = Bytes32.of(raw);
        raw[0] = 1;
        value.toByteArray()[1] = 1;
        assertThat(value.isZero()).isTrue();
    }
}
