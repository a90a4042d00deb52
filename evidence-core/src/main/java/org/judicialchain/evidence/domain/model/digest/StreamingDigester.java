package org.judicialchain.evidence.domain.model.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Computes SHA-256 and SM3 of a stream of any length in constant memory, optionally copying it to
 * a sink on the way (the content store), so a file is read exactly once.
 */
public final class StreamingDigester {

    /** Large enough to keep syscalls cheap, small enough to be irrelevant for heap. */
    private static final int BUFFER_SIZE = 256 * 1024;

    private final long maxBytes;

    /** @param maxBytes inputs longer than this are refused with {@link TooLargeException} */
    public StreamingDigester(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public static StreamingDigester unlimited() {
        return new StreamingDigester(Long.MAX_VALUE);
    }

    public ContentDigests digest(InputStream in) throws IOException {
        return digest(in, OutputStream.nullOutputStream());
    }

    public ContentDigests digest(InputStream in, OutputStream sink) throws IOException {
        MessageDigest sha256 = newSha256();
        SM3Digest sm3 = new SM3Digest();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            size += n;
            if (size > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            sha256.update(buffer, 0, n);
            sm3.update(buffer, 0, n);
            sink.write(buffer, 0, n);
        }
        byte[] sm3Out = new byte[sm3.getDigestSize()];
        sm3.doFinal(sm3Out, 0);
        return new ContentDigests(Bytes32.of(sha256.digest()), Bytes32.of(sm3Out), size);
    }

    /** SHA-256 of a text's UTF-8 bytes: the digest of a statement, decision or event the portal records. */
    public static Bytes32 sha256(String text) {
        return sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Bytes32 sha256(byte[] data) {
        return Bytes32.of(newSha256().digest(data));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** The input exceeded the configured limit; nothing of it should be kept. */
    public static final class TooLargeException extends IOException {
        private final long limit;

        public TooLargeException(long limit) {
            super("input exceeds the limit of " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
