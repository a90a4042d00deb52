package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.AuthorisationStanding.EXPIRED;
import static org.judicialchain.evidence.domain.model.compliance.AuthorisationStanding.NOT_YET_VALID;
import static org.judicialchain.evidence.domain.model.compliance.AuthorisationStanding.REVOKED;
import static org.judicialchain.evidence.domain.model.compliance.AuthorisationStanding.VALID;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one rule for a revoked authorisation, shared by the compliance rules and the access policy:
 * a revocation before validTo reads REVOKED from its instant on, for good; one at or after validTo
 * changes nothing, the authorisation had already expired.
 */
class CollectionAuthorisationTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");
    private static final CollectionAuthorisation AUTHORISATION = new CollectionAuthorisation("agency-a", FROM, TO);

    @Test
    void aRevocationBeforeTheEndReadsRevokedFromItsInstantOnEvenAfterTheEnd() {
        Instant revokedAt = Instant.parse("2026-04-01T00:00:00Z");
        CollectionAuthorisation revoked = AUTHORISATION.revoke(revokedAt);

        assertThat(revoked.standingAt(revokedAt.minusNanos(1))).isEqualTo(VALID);
        assertThat(revoked.standingAt(revokedAt)).isEqualTo(REVOKED);
        assertThat(revoked.standingAt(TO)).isEqualTo(REVOKED);
        assertThat(revoked.standingAt(Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo(REVOKED);
    }

    @Test
    void aRevocationBeforeTheStartReadsRevokedFromItsInstantOn() {
        Instant revokedAt = Instant.parse("2025-12-01T00:00:00Z");
        CollectionAuthorisation revoked = AUTHORISATION.revoke(revokedAt);

        assertThat(revoked.standingAt(revokedAt.minusNanos(1))).isEqualTo(NOT_YET_VALID);
        assertThat(revoked.standingAt(revokedAt)).isEqualTo(REVOKED);
        assertThat(revoked.standingAt(FROM)).isEqualTo(REVOKED);
    }

    @Test
    void aRevocationAfterTheEndReadsExpiredBeforeAndAfterItsInstant() {
        Instant revokedAt = Instant.parse("2026-08-01T00:00:00Z");
        CollectionAuthorisation revoked = AUTHORISATION.revoke(revokedAt);

        assertThat(revoked.standingAt(FROM)).isEqualTo(VALID);
        assertThat(revoked.standingAt(TO)).isEqualTo(EXPIRED);
        assertThat(revoked.standingAt(revokedAt.minusNanos(1))).isEqualTo(EXPIRED);
        assertThat(revoked.standingAt(revokedAt)).isEqualTo(EXPIRED);
        assertThat(revoked.standingAt(Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo(EXPIRED);
    }

    @Test
    void aRevocationAtTheEndItselfReadsExpired() {
        CollectionAuthorisation revoked = AUTHORISATION.revoke(TO);

        assertThat(revoked.standingAt(TO.minusNanos(1))).isEqualTo(VALID);
        assertThat(revoked.standingAt(TO)).isEqualTo(EXPIRED);
    }

    @Test
    void anAbsentRevocationIsEmptyAndTheAgencyIsTrimmed() {
        CollectionAuthorisation read = new CollectionAuthorisation(" agency-a ", FROM, TO, null);

        assertThat(read.revokedAt()).isEqualTo(Optional.empty());
        assertThat(read.agency()).isEqualTo("agency-a");
        assertThat(read).isEqualTo(AUTHORISATION);
    }
}
