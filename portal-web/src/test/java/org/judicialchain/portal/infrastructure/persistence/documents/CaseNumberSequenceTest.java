package org.judicialchain.portal.infrastructure.persistence.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.judicialchain.portal.infrastructure.persistence.EmbeddedPostgres;
import org.judicialchain.portal.infrastructure.persistence.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * On a real PostgreSQL: a court's case numbers run 1, 2, 3... per court, year and document type, and decisions
 * drawn at the same moment never share one.
 */
class CaseNumberSequenceTest {

    @Test
    void numbersRunPerCourtYearAndTypeAndConcurrentDrawsNeverShareOne() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start("case-numbers")) {
            Flyway.configure().dataSource(pg.jdbcUrl(), "postgres", "postgres").load().migrate();
            JdbiIssuedDocuments documents = new JdbiIssuedDocuments();
            documents.database = TestDatabases.on(pg.dataSource());

            Set<Integer> drawn = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> draws = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    draws.add(pool.submit(() -> drawn.add(documents.nextCaseNumber("court-a", 2026, "JUDICIAL_CONFIRMATION"))));
                }
                for (Future<?> f : draws) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(drawn).isEqualTo(IntStream.rangeClosed(1, 40).boxed().collect(Collectors.toSet()));
            assertThat(documents.nextCaseNumber("court-a", 2026, "JUDICIAL_CONFIRMATION")).isEqualTo(41);
            assertThat(documents.nextCaseNumber("court-a", 2027, "JUDICIAL_CONFIRMATION")).as("a new year").isEqualTo(1);
            assertThat(documents.nextCaseNumber("court-a", 2026, "OBJECTION_DECISION")).as("another type").isEqualTo(1);
            assertThat(documents.nextCaseNumber("court-b", 2026, "JUDICIAL_CONFIRMATION")).as("another court").isEqualTo(1);
        }
    }
}
