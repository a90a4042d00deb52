package org.judicialchain.ruling.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.testing.SampleRequests;
import org.junit.jupiter.api.Test;

class RulingRequestTest {

    private final RulingRequest valid = SampleRequests.confirmationZh(SampleRequests.batch(2, 1));

    @Test
    void theVerificationUrlIsTheBaseWithTheCodeAppended() {
        assertThat(valid.verificationUrl()).isEqualTo(URI.create(
                "https://portal.court.example/verify/" + valid.verificationCode().value()));
        RulingRequest noSlash = with(URI.create("https://court.example/v"), valid.grounds(), valid.type());
        assertThat(noSlash.verificationUrl().toString()).isEqualTo("https://court.example/v/" + valid.verificationCode().value());
    }

    @Test
    void theGroundsMustFitTheDocumentType() {
        assertThatThrownBy(() -> with(valid.verificationUrlBase(), valid.grounds(), DocumentType.OBJECTION_DECISION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OBJECTION_DECISION");
    }

    @Test
    void thePublicCopyPrintsNoIdNumber() {
        assertThat(valid.parties()).anyMatch(p -> p.idNumber() != null);
        assertThatThrownBy(() -> new RulingRequest(valid.documentId(), valid.type(), valid.language(), DocumentCopy.PUBLIC,
                valid.courtName(), valid.caseNumber(), valid.caseReference(), valid.parties(), valid.facts(), valid.grounds(),
                valid.decision(), valid.issueDate(), valid.officer(), valid.appendix(), valid.chain(), valid.manifestEvidence(),
                valid.verificationUrlBase())).hasMessageContaining("public copy prints no ID number");
    }

    @Test
    void rejectsMissingTextsMalformedDigestsAndNonWebUrls() {
        assertThatThrownBy(() -> new Party(" ", PartyRole.DEBTOR)).hasMessageContaining("party name");
        assertThatThrownBy(() -> new ChainReference(1337, "0x1234")).hasMessageContaining("registry contract");
        assertThatThrownBy(() -> with(URI.create("javascript:alert(1)"), valid.grounds(), valid.type()))
                .hasMessageContaining("http");
        AppendixItem item = valid.appendix().get(0);
        assertThatThrownBy(() -> new AppendixItem(item.evidenceId(), item.kind(), "0xabc", item.anchor(), item.statusAtIssue()))
                .hasMessageContaining("sha256");
        assertThatThrownBy(() -> new AppendixItem(item.evidenceId(), item.kind(), item.sha256(), null, AnchorStatusAtIssue.VERIFIED))
                .hasMessageContaining("VERIFIED");
        ManifestEvidence evidence = valid.manifestEvidence().get(0);
        assertThatThrownBy(() -> new ManifestEvidence(evidence.evidenceId(), List.of("1", "2"), evidence.leafHash(),
                evidence.proof(), evidence.root())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hexValuesAreNormalisedToLowerCaseWithPrefix() {
        AppendixItem item = valid.appendix().get(0);
        AppendixItem upper = new AppendixItem(item.evidenceId(), item.kind(), item.sha256().substring(2).toUpperCase(),
                item.anchor(), item.statusAtIssue());
        assertThat(upper.sha256()).isEqualTo(item.sha256());
    }

    private RulingRequest with(URI base, Grounds grounds, DocumentType type) {
        return new RulingRequest(valid.documentId(), type, valid.language(), valid.copy(), valid.courtName(),
                valid.caseNumber(), valid.caseReference(), valid.parties(), valid.facts(), grounds, valid.decision(),
                valid.issueDate(), valid.officer(),
                valid.appendix(), valid.chain(), valid.manifestEvidence(), base);
    }
}
