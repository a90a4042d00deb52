package org.judicialchain.evidence.domain.model.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.custody.CustodyChainCheck.Problem.BROKEN_LINK;
import static org.judicialchain.evidence.domain.model.custody.CustodyChainCheck.Problem.HASH_MISMATCH;
import static org.judicialchain.evidence.domain.model.custody.CustodyChainCheck.Problem.SEQUENCE_GAP;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.merkle.Keccak;
import org.junit.jupiter.api.Test;

class CustodyChainCheckTest {

    private static List<CustodyEntry> chainOf(int n) {
        List<CustodyEntry> entries = new ArrayList<>();
        CustodyEntry previous = null;
        for (int i = 0; i < n; i++) {
            previous = CustodyEntry.append(previous, "CASE-7", CustodyEventType.EVIDENCE_SUBMITTED,
                    Keccak.hash(("file " + i).getBytes()), "ev-" + i, "bank-a", Instant.parse("2026-05-01T10:00:00Z").plusSeconds(i));
            entries.add(previous);
        }
        return entries;
    }

    @Test
    void aFreshChainIsIntactAndLinked() {
        List<CustodyEntry> chain = chainOf(5);
        assertThat(CustodyChainCheck.check(chain).intact()).isTrue();
        assertThat(chain.get(0).previousHash()).isEqualTo(Bytes32.ZERO);
        assertThat(chain.get(3).previousHash()).isEqualTo(chain.get(2).entryHash());
        assertThat(chain).extracting(CustodyEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void anEditedFieldIsAHashMismatchOnThatEntryOnly() {
        List<CustodyEntry> chain = chainOf(4);
        CustodyEntry e = chain.get(2);
        chain.set(2, new CustodyEntry(e.id(), e.caseRef(), e.sequence(), e.type(), e.subjectDigest(), e.subjectId(),
                "someone-else", e.occurredAt(), e.previousHash(), e.entryHash()));
        CustodyChainCheck.Result result = CustodyChainCheck.check(chain);
        assertThat(result.intact()).isFalse();
        assertThat(result.entries()).extracting(CustodyChainCheck.EntryCheck::problems)
                .containsExactly(List.of(), List.of(), List.of(HASH_MISMATCH), List.of());
    }

    @Test
    void anEditThatRecomputesTheEntryHashStillBreaksTheNextLink() {
        List<CustodyEntry> chain = chainOf(3);
        CustodyEntry e = chain.get(1);
        Instant forged = e.occurredAt().minusSeconds(86_400);
        Bytes32 rehashed = CustodyEntry.computeHash(e.caseRef(), e.sequence(), e.type(), e.subjectDigest(), e.subjectId(),
                e.actor(), forged, e.previousHash());
        chain.set(1, new CustodyEntry(e.id(), e.caseRef(), e.sequence(), e.type(), e.subjectDigest(), e.subjectId(),
                e.actor(), forged, e.previousHash(), rehashed));
        assertThat(CustodyChainCheck.check(chain).entries()).extracting(CustodyChainCheck.EntryCheck::problems)
                .containsExactly(List.of(), List.of(), List.of(BROKEN_LINK));
    }

    @Test
    void aDeletedEntryShowsAsBrokenLinkAndGap() {
        List<CustodyEntry> chain = chainOf(4);
        chain.remove(1);
        assertThat(CustodyChainCheck.check(chain).entries().get(1).problems()).containsExactly(BROKEN_LINK, SEQUENCE_GAP);
    }

    @Test
    void entryTimesAreKeptToTheMicrosecondAsPostgresStoresThem() {
        CustodyEntry e = CustodyEntry.append(null, "C", CustodyEventType.EVIDENCE_VIEWED, Bytes32.ZERO, "x", "y",
                Instant.parse("2026-05-01T10:00:00.123456789Z"));
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00.123456Z"));
        assertThat(e.recomputeHash()).isEqualTo(e.entryHash());
    }
}
