package org.judicialchain.portal.infrastructure.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.judicialchain.portal.domain.operations.OperationsProbe.Check;

/** A probe's check as MicroProfile Health writes it. */
final class Responses {

    private Responses() {
    }

    static HealthCheckResponse of(Check check) {
        HealthCheckResponseBuilder b = HealthCheckResponse.named(check.name()).status(check.up());
        check.data().forEach((k, v) -> {
            if (v instanceof Long l) {
                b.withData(k, l);
            } else {
                b.withData(k, String.valueOf(v));
            }
        });
        return b.build();
    }
}
