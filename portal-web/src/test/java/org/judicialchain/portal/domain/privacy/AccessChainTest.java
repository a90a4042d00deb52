package org.judicialchain.portal.domain.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.privacy.AccessLog.Access;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessChainTest {

    private static final Instant AT = Instant.parse("2026-11-02T08:00:00.123456789Z");

    private static List<AccessChain.Row> chain(int n) {
        List<AccessChain.Row> rows = new ArrayList<>();
        Bytes32 previous = AccessChain.START;
        for (int i = 0; i < n; i++) {
            Access a = new Access(AccessChain.stored(AT.plusSeconds(i)), "judge1@court-x", "judge", "VIEW_EVIDENCE",
                    "bank-a:L-1", "item-" + i);
            Bytes32 hash = AccessChain.link(previous, a);
            rows.add(new AccessChain.Row(i + 1, a, previous, hash));
            previous = hash;
        }
        return rows;
    }

    @Test
    void aRecordAsWrittenHolds() {
        assertThat(AccessChain.check(chain(5)).intact()).isTrue();
        assertThat(AccessChain.check(List.of()).intact()).isTrue();
    }

    @Test
    void anEditedRowIsFoundWhereItIs() {
        List<AccessChain.Row> rows = chain(5);
        AccessChain.Row third = rows.get(2);
        Access edited = new Access(third.access().at(), "someone-else@court-x", third.access().roles(), third.access().action(),
                third.access().caseRef(), third.access().subject());
        rows.set(2, new AccessChain.Row(third.id(), edited, third.previous(), third.hash()));

        assertThat(AccessChain.check(rows).firstBroken()).contains(3L);
    }

    @Test
    void aDeletedRowBreaksTheLinkOfTheNext() {
        List<AccessChain.Row> rows = chain(5);
        rows.remove(1);

        assertThat(AccessChain.check(rows).firstBroken()).contains(3L);
    }

    @Test
    void theHashIsOfTheInstantAsTheDatabaseKeepsIt() {
        Access nanos = new Access(AT, "a", "r", "X", null, null);
        Access micros = new Access(AccessChain.stored(AT), "a", "r", "X", null, null);

        assertThat(AccessChain.link(AccessChain.START, nanos)).isEqualTo(AccessChain.link(AccessChain.START, micros));
    }
}
