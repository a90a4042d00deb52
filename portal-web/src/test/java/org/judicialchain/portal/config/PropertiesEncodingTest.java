package org.judicialchain.portal.config;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue "Fit for the court", first finding: MicroProfile Config reads microprofile-config.properties as ISO-8859-1,
 * so the court's name written there in UTF-8 came out as mojibake on every document. The file stays ASCII (text
 * beyond it as \\uXXXX escapes) and reads back as written.
 */
class PropertiesEncodingTest {

    private static final Path SHIPPED = Path.of("src/main/resources/META-INF/microprofile-config.properties");

    @Test
    void theShippedConfigurationIsAsciiAndTheCourtNameReadsBackAsWritten() throws Exception {
        byte[] bytes = Files.readAllBytes(SHIPPED);
        for (int i = 0; i < bytes.length; i++) {
            assertThat(bytes[i] & 0xff).as("byte %d of %s is not ASCII: write it as a \\uXXXX escape", i, SHIPPED)
                    .isLessThan(0x80);
        }
        Properties read = new Properties();
        try (InputStream in = Files.newInputStream(SHIPPED)) {
            read.load(in); // as MicroProfile Config's properties source does: ISO-8859-1
        }
        assertThat(read.getProperty("portal.documents.court-name")).isEqualTo("北京互联网法院 Beijing Internet Court");
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).contains("portal.documents.court-name=\\u5317");
    }
}
