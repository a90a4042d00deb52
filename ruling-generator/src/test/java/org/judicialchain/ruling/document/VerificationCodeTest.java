package org.judicialchain.ruling.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void isTenBase32CharactersDerivedFromTheDocumentId() {
        UUID id = UUID.fromString("5ee8eb93-8ea8-4c39-af6c-de259b1db811");
        VerificationCode code = VerificationCode.of(id);

        assertThat(code.value()).matches("[A-Z2-7]{10}");
        assertThat(VerificationCode.of(id)).isEqualTo(code);
        assertThat(code.display()).isEqualTo(code.value().substring(0, 5) + "-" + code.value().substring(5));
        assertThat(VerificationCode.parse(" " + code.display().toLowerCase() + " ")).isEqualTo(code);
    }

    @Test
    void differentDocumentsGetDifferentCodes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(VerificationCode.of(new UUID(7, i)).value());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void rejectsWhatIsNotACode() {
        assertThatThrownBy(() -> VerificationCode.parse("ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VerificationCode.parse("ABCDE-FGHI1")).isInstanceOf(IllegalArgumentException.class);
    }
}
