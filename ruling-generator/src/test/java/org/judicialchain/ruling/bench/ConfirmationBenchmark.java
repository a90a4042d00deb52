package org.judicialchain.ruling.bench;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.Party;
import org.judicialchain.ruling.document.PartyRole;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.pdf.CjkFonts;
import org.judicialchain.ruling.pdf.DocumentGenerator;
import org.judicialchain.ruling.pdf.UnsignedDocument;
import org.judicialchain.ruling.pki.DevCourtPki;
import org.judicialchain.ruling.pki.DevPki;
import org.judicialchain.ruling.signing.DocumentSigner;
import org.judicialchain.ruling.signing.SignedDocument;
import org.judicialchain.ruling.signing.TimestampAuthority;
import org.judicialchain.ruling.template.DocumentTemplates;
import org.judicialchain.ruling.template.TemplateSource;
import org.judicialchain.ruling.testing.SampleRequests;

/**
 * Generate + sign (PAdES-B-T, in-process TSA) of a Chinese confirmation with 200 evidence items
 * and enough facts for about 20 pages: median and p95 after warm-up. Not a test; run with
 * {@code mvn -pl ruling-generator test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.judicialchain.ruling.bench.ConfirmationBenchmark -Dexec.args="30 5"}.
 */
public final class ConfirmationBenchmark {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;

        long start = System.nanoTime();
        CjkFonts fonts = CjkFonts.bundled();
        DevCourtPki pki = DevPki.createOrLoad(Path.of("target", "bench-pki"), "bench-only".toCharArray(), "基准测试法院");
        DocumentGenerator generator = new DocumentGenerator(fonts, new DocumentTemplates(TemplateSource.builtIn()));
        DocumentSigner signer = new DocumentSigner(pki.courtSigning(), new TimestampAuthority.InProcess(pki.timestamping()),
                fonts, ZoneId.of("Asia/Shanghai"), "benchmark");
        RulingRequest request = SampleRequests.confirmation(Language.ZH_CN, SampleRequests.batch(200, 99),
                List.of(new Party("张*", PartyRole.DEBTOR), new Party("某某消费金融有限公司", PartyRole.CREDITOR)), 170);
        System.out.printf("set-up (fonts, PKI, request): %d ms%n", (System.nanoTime() - start) / 1_000_000);

        long first = System.nanoTime();
        SignedDocument sample = signer.sign(generator.generate(request));
        System.out.printf("first document: %d ms%n", (System.nanoTime() - first) / 1_000_000);

        for (int i = 0; i < warmUp; i++) {
            signer.sign(generator.generate(request));
        }
        List<Double> millis = new ArrayList<>();
        List<Double> generating = new ArrayList<>();
        List<Double> signing = new ArrayList<>();
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            UnsignedDocument unsigned = generator.generate(request);
            long generated = System.nanoTime();
            signer.sign(unsigned);
            long end = System.nanoTime();
            millis.add((end - t) / 1e6);
            generating.add((generated - t) / 1e6);
            signing.add((end - generated) / 1e6);
            pages = unsigned.pageCount();
        }
        Collections.sort(millis);
        Collections.sort(generating);
        Collections.sort(signing);
        System.out.printf("document: %d pages, %d evidence items, %d KB signed%n", pages, request.appendix().size(),
                sample.pdf().length / 1024);
        System.out.printf("generate + sign, %d runs after %d warm-up: median %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms%n",
                runs, warmUp, percentile(millis, 50), percentile(millis, 95), millis.get(0), millis.get(millis.size() - 1));
        System.out.printf("  of which generate: median %.0f ms, p95 %.0f ms; sign: median %.0f ms, p95 %.0f ms%n",
                percentile(generating, 50), percentile(generating, 95), percentile(signing, 50), percentile(signing, 95));
    }

    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
