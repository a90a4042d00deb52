package org.judicialchain.identity.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Access codes printed on a collection notice, with which a debtor claims their case in the
 * portal. A code is 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U),
 * printed in groups of four: {@code 7KQM-X3HD-W9TP}; about 59 bits of entropy.
 *
 * <p>Only a hash is stored: Argon2id (RFC 9106) with a random 16-byte salt, encoded in the PHC
 * string format, e.g. {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded base64), so
 * the parameters travel with the hash and can be raised later ({@link #needsRehash}). The
 * default parameters are OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane). Codes are
 * compared in constant time after normalisation (case, spaces and dashes do not matter).
 *
 * <p>The code is the only secret between the notice and the portal: the claim endpoint must
 * limit attempts and answer a wrong code exactly as an unknown case reference.
 */
public final class AccessCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 12;
    private static final int GROUP = 4;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    // Bounds for parameters read from a stored hash: a tampered row must not make us allocate gigabytes.
    private static final int MAX_MEMORY_KIB = 256 * 1024;
    private static final int MAX_ITERATIONS = 10;
    private static final int MAX_PARALLELISM = 8;

    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random;

    public AccessCodes() {
        this(new SecureRandom());
    }

    public AccessCodes(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new code, grouped for printing: {@code XXXX-XXXX-XXXX}. */
    public String generate() {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of a code: a PHC-format Argon2id string with a fresh random salt. */
    public String hash(String code) {
        String normalised = normalise(code);
        if (!isWellFormed(normalised)) {
            throw new IllegalArgumentException("not an access code");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(normalised, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * Whether the typed code matches the stored hash. False for a wrong code, a code that cannot
     * be one, and a stored value that is not a hash this class accepts (altered, truncated, or
     * with parameters out of bounds): a refused claim, never an exception.
     */
    public boolean verify(String typedCode, String encodedHash) {
        if (typedCode == null || encodedHash == null) {
            return false;
        }
        Matcher m = ENCODED.matcher(encodedHash);
        if (!m.matches()) {
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (memory < 8 * parallelism || memory > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS
                || parallelism < 1 || parallelism > MAX_PARALLELISM) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = B64_DECODER.decode(m.group(4));
            expected = B64_DECODER.decode(m.group(5));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        if (salt.length < SALT_BYTES || salt.length > 64 || expected.length < HASH_BYTES || expected.length > 64) {
            return false;
        }
        String normalised = normalise(typedCode);
        // A malformed code is still hashed, so a wrong guess costs the same time whatever it looks like.
        byte[] actual = argon2(normalised, salt, memory, iterations, parallelism, expected.length);
        return MessageDigest.isEqual(actual, expected) && isWellFormed(normalised);
    }

    /** True when the stored hash uses other parameters than new hashes do. */
    public boolean needsRehash(String encodedHash) {
        Matcher m = ENCODED.matcher(Objects.requireNonNull(encodedHash, "encodedHash"));
        return !m.matches() || Integer.parseInt(m.group(1)) != MEMORY_KIB
                || Integer.parseInt(m.group(2)) != ITERATIONS || Integer.parseInt(m.group(3)) != PARALLELISM;
    }

    /** Upper case, without spaces, dashes and other separators people type. */
    public static String normalise(String code) {
        Objects.requireNonNull(code, "code");
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '-' || c == '_' || c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isWellFormed(String normalised) {
        if (normalised.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < normalised.length(); i++) {
            if (ALPHABET.indexOf(normalised.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] argon2(String code, byte[] salt, int memoryKib, int iterations, int parallelism,
                                 int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(code.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
