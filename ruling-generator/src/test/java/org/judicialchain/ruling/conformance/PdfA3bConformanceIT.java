package org.judicialchain.ruling.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.pdf.UnsignedDocument;
import org.judicialchain.ruling.testing.SampleRequests;
import org.judicialchain.ruling.testing.TestCourt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, an independent PDF/A validator, on what the generator and the signer produce. */
class PdfA3bConformanceIT {

    private static TestCourt court;

    @BeforeAll
    static void setUp() {
        VeraGreenfieldFoundryProvider.initialise();
        court = TestCourt.get();
    }

    @Test
    void theUnsignedConfirmationIsPdfA3b() throws Exception {
        assertConformant(court.unsignedConfirmationZh.pdf());
    }

    @Test
    void theSignedConfirmationWithItsVisibleSignatureIsPdfA3b() throws Exception {
        assertConformant(court.signedConfirmationZh.pdf());
    }

    @Test
    void theEnglishObjectionDecisionSignedIsPdfA3b() throws Exception {
        UnsignedDocument unsigned = court.generator.generate(
                SampleRequests.objectionDecision(Language.EN, SampleRequests.batch(3, 7)));
        assertConformant(court.signer.sign(unsigned).pdf());
    }

    private static void assertConformant(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage() + " @ " + assertion.getLocation().getContext())
                    .distinct()
                    .toList();
            assertThat(failures).as("failed PDF/A-3B rules").isEmpty();
            assertThat(result.isCompliant()).isTrue();
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_3_B);
        }
    }
}
