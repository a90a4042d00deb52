package org.judicialchain.evidence.domain.model.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StreamingDigesterTest {

    private final StreamingDigester digester = StreamingDigester.unlimited();

    @Test
    void abcMatchesPublishedSha256AndSm3Vectors() throws IOException {
        ContentDigests d = digester.digest(bytes("abc"));
        // FIPS 180-2 appendix B.1 and GB/T 32905-2016 appendix A.1
        assertThat(d.sha256().hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(d.sm3().hex()).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(d.size()).isEqualTo(3);
    }

    @Test
    void sixtyFourByteSm3VectorFromTheStandard() throws IOException {
        ContentDigests d = digester.digest(bytes("abcd".repeat(16)));
        // GB/T 32905-2016 appendix A.2
        assertThat(d.sm3().hex()).isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void emptyInputHasTheWellKnownEmptyDigest() throws IOException {
        ContentDigests d = digester.digest(InputStream.nullInputStream());
        assertThat(d.sha256().hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(d.size()).isZero();
    }

    @Test
    void aMillionAsStreamedInOddSizedReadsMatchesTheFipsVector() throws IOException {
        // FIPS 180-2 appendix B.3: one million repetitions of 'a', served 1 to 7919 bytes per read
        InputStream millionAs = new GeneratedStream(1_000_000, (byte) 'a');
        ContentDigests d = digester.digest(millionAs);
        assertThat(d.sha256().hex()).isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
        assertThat(d.size()).isEqualTo(1_000_000);
    }

    @Test
    void copiesExactlyWhatItDigestsToTheSink() throws IOException {
        byte[] data = new byte[1_000_003];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ContentDigests d = digester.digest(new ByteArrayInputStream(data), sink);
        assertThat(sink.toByteArray()).isEqualTo(data);
        assertThat(d.sha256()).isEqualTo(StreamingDigester.sha256(data));
    }

    @Test
    void refusesInputLongerThanTheLimit() {
        StreamingDigester limited = new StreamingDigester(10);
        assertThatThrownBy(() -> limited.digest(new GeneratedStream(11, (byte) 1)))
                .isInstanceOf(StreamingDigester.TooLargeException.class)
                .hasMessageContaining("10 bytes");
    }

    @Test
    void acceptsInputOfExactlyTheLimit() throws IOException {
        assertThat(new StreamingDigester(10).digest(new GeneratedStream(10, (byte) 1)).size()).isEqualTo(10);
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** A stream of one repeated byte that never exists whole in memory, with irregular read sizes. */
    static final class GeneratedStream extends InputStream {
        private long remaining;
        private final byte value;
        private int reads;

        GeneratedStream(long length, byte value) {
            this.remaining = length;
            this.value = value;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return value & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(Math.min(len, remaining), 1 + (reads++ * 7919L) % 7919);
            Arrays.fill(b, off, off + n, value);
            remaining -= n;
            return n;
        }
    }
}
