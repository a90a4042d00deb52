package org.judicialchain.identity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccessCodesTest {

    private static final AccessCodes CODES = new AccessCodes();
    private static String code;
    private static String stored;

    @BeforeAll
    static void hashOneCode() {
        code = CODES.generate();
        stored = CODES.hash(code);
    }

    @Test
    void codesAreTwelveUnambiguousCharactersInGroupsOfFour() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String c = CODES.generate();
            assertThat(c).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-"
                    + "[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}");
            seen.add(c);
        }
        assertThat(seen).hasSize(2000);
        assertThat(AccessCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L", "U");
    }

    @Test
    void storedFormIsASelfDescribingArgon2idString() {
        assertThat(stored).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(stored).doesNotContain(AccessCodes.normalise(code));
        assertThat(CODES.needsRehash(stored)).isFalse();
        assertThat(CODES.needsRehash(stored.replace("t=2", "t=3"))).isTrue();
    }

    @Test
    void theRightCodeVerifiesHoweverItIsTyped() {
        String plain = AccessCodes.normalise(code);

        assertThat(CODES.verify(code, stored)).isTrue();
        assertThat(CODES.verify(plain, stored)).isTrue();
        assertThat(CODES.verify(plain.toLowerCase(), stored)).isTrue();
        assertThat(CODES.verify(" " + plain.substring(0, 4) + " " + plain.substring(4, 8) + "\t"
                + plain.substring(8).toLowerCase() + " ", stored)).isTrue();
    }

    @Test
    void aWrongCodeFails() {
        String plain = AccessCodes.normalise(code);
        char last = plain.charAt(plain.length() - 1);
        char other = AccessCodes.ALPHABET.charAt((AccessCodes.ALPHABET.indexOf(last) + 1) % AccessCodes.ALPHABET.length());

        assertThat(CODES.verify(plain.substring(0, plain.length() - 1) + other, stored)).isFalse();
        assertThat(CODES.verify(plain.substring(0, plain.length() - 1), stored)).isFalse();
        assertThat(CODES.verify("", stored)).isFalse();
        assertThat(CODES.verify(null, stored)).isFalse();
    }

    @Test
    void twoHashesOfTheSameCodeDifferAndBothVerify() {
        String again = CODES.hash(code);

        assertThat(again).isNotEqualTo(stored);
        assertThat(again.split("\\$")[4]).as("salt").isNotEqualTo(stored.split("\\$")[4]);
        assertThat(CODES.verify(code, again)).isTrue();
    }

    @Test
    void aTamperedHashFails() {
        String[] parts = stored.split("\\$"); // "", argon2id, v=19, params, salt, hash
        String salt = parts[4];
        String hash = parts[5];

        assertThat(CODES.verify(code, stored.replace(hash, flipFirst(hash)))).as("hash altered").isFalse();
        assertThat(CODES.verify(code, stored.replace(salt, flipFirst(salt)))).as("salt altered").isFalse();
        assertThat(CODES.verify(code, stored.replace("t=2", "t=1"))).as("parameters altered").isFalse();
        assertThat(CODES.verify(code, stored.replace("m=19456", "m=9999999"))).as("memory bomb").isFalse();
        assertThat(CODES.verify(code, stored.replace("argon2id", "argon2i"))).as("variant altered").isFalse();
        assertThat(CODES.verify(code, stored.substring(0, stored.length() - 4))).as("hash truncated").isFalse();
        assertThat(CODES.verify(code, "not a hash")).isFalse();
        assertThat(CODES.verify(code, null)).isFalse();
    }

    @Test
    void verifiesAHashMadeByTheReferenceImplementation() {
        // echo -n 7KQMX3HDW9TP | argon2 somesaltsomesalt -id -t 2 -k 19456 -p 1 -l 32 -e   (Debian package argon2)
        String reference = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
                + "YZKLuLPLPD69e0odgNLmDC2HRmdfxutTZR7DOhdcdhU";

        assertThat(CODES.verify("7kqm-x3hd-w9tp", reference)).isTrue();
        assertThat(CODES.verify("7KQM-X3HD-W9TQ", reference)).isFalse();
    }

    @Test
    void onlyRealCodesAreHashed() {
        assertThatThrownBy(() -> CODES.hash("ABCD-EFGH-IJKL")).as("I and L are not in the alphabet")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CODES.hash("ABCD")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String flipFirst(String base64) {
        char c = base64.charAt(0);
        return (c == 'A' ? 'B' : 'A') + base64.substring(1);
    }
}
