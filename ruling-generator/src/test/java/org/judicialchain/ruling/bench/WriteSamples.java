package org.judicialchain.ruling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.Party;
import org.judicialchain.ruling.document.PartyRole;
import org.judicialchain.ruling.testing.SampleRequests;
import org.judicialchain.ruling.testing.TestCourt;

/**
 * Writes signed sample documents to look at (zh/en confirmation and objection decision):
 * {@code mvn -pl ruling-generator test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.judicialchain.ruling.bench.WriteSamples -Dexec.args=target/samples}.
 */
public final class WriteSamples {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        TestCourt court = TestCourt.get();
        Files.write(dir.resolve("confirmation-zh-CN.pdf"), court.signedConfirmationZh.pdf());
        SampleRequests.Batch batch = SampleRequests.batch(12, 42);
        Files.write(dir.resolve("confirmation-en.pdf"), court.signer.sign(court.generator.generate(
                SampleRequests.confirmation(Language.EN, batch, List.of(new Party("W*** Li", PartyRole.DEBTOR),
                        new Party("Example Consumer Finance Co., Ltd.", PartyRole.CREDITOR)), 1))).pdf());
        for (Language language : Language.values()) {
            Files.write(dir.resolve("objection-decision-" + language.tag() + ".pdf"), court.signer.sign(
                    court.generator.generate(SampleRequests.objectionDecision(language, batch))).pdf());
        }
        System.out.println("signed samples written to " + dir.toAbsolutePath());
    }
}
