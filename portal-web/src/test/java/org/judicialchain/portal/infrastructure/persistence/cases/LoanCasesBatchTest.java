package org.judicialchain.portal.infrastructure.persistence.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.cases.Debtor;
import org.judicialchain.evidence.domain.model.cases.Instalment;
import org.judicialchain.evidence.domain.model.cases.LoanTerms;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.devstack.DevDatabase;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.RepaymentRow;
import org.judicialchain.portal.domain.cases.RepaymentStatus;
import org.judicialchain.portal.domain.cases.LoanCases.PreparedCase;
import org.judicialchain.portal.infrastructure.persistence.TestDatabases;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * On a real PostgreSQL: a chunk of a lender's book goes in as four JDBC batches whatever its size (one
 * statement each, never one per row), reads back as it went in, nullable uuid columns take a null, and an
 * aggregate's changes save back.
 */
class LoanCasesBatchTest {

    @Test
    void aChunkIsFourBatchedStatementsAndReadsBackAsStored() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "loan-cases");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (DevDatabase db = DevDatabase.start(dir, port, true)) {
            Flyway.configure().dataSource(db.jdbcUrl(), "postgres", "postgres").load().migrate();
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(db.jdbcUrl());
            pg.setUser("postgres");
            pg.setPassword("postgres");
            Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
            JdbiLoanCases cases = new JdbiLoanCases();
            cases.database = TestDatabases.on(counting(pg, calls));

            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            UUID importId = UUID.randomUUID();
            try (Connection c = pg.getConnection(); var s = c.createStatement()) {
                s.execute("insert into case_import (id, creditor, status, file_path, created_at) values ('" + importId
                        + "', 'bank-a', 'RUNNING', '/tmp/book.csv', now())");
            }
            List<PreparedCase> chunk = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                LocalDate due = LocalDate.of(2026, 6, 30);
                LoanTerms terms = new LoanTerms(new BigDecimal("1000.00"), LoanTerms.currency("CNY"), due,
                        List.of(new Instalment(due.minusMonths(1), new BigDecimal("400.00")), new Instalment(due, new BigDecimal("600.00"))));
                NewLoanCase loan = new NewLoanCase("B-" + i, "bank-a", "court-1", new Debtor("Zhang San", "ID-" + i, "+86 137 0000 0000"),
                        terms, "CN_2026", ZoneId.of("Asia/Shanghai"));
                chunk.add(new PreparedCase(loan, UUID.randomUUID(), new byte[] {1, 2, 3}, new byte[] {4, 5, (byte) i},
                        Bytes32.of(new byte[32])));
            }
            calls.clear();

            cases.insertAll(chunk, now, importId);

            assertThat(calls.get("prepareStatement")).hasValue(4);
            assertThat(calls.get("executeBatch")).hasValue(4);
            assertThat(calls.get("addBatch")).hasValue(500 * 3 + 1000);
            assertThat(calls).doesNotContainKeys("executeUpdate", "execute", "executeQuery", "executeLargeUpdate");

            assertThat(cases.existing(List.of("B-0", "B-499", "NOT-A-CASE"))).containsExactlyInAnyOrder("B-0", "B-499");
            CaseRow row = cases.find("B-7").orElseThrow();
            assertThat(row.creditor()).isEqualTo("bank-a");
            assertThat(row.principal()).isEqualByComparingTo("1000.00");
            assertThat(row.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(row.state()).isEqualTo(CaseState.OVERDUE);
            assertThat(row.stateSince()).isEqualTo(now);
            assertThat(row.openedAt()).isEqualTo(now);
            assertThat(row.debtorSealed()).containsExactly(4, 5, 7);
            assertThat(row.wrappedDataKey()).containsExactly(1, 2, 3);
            assertThat(row.beforeDispute()).isNull();

            // nullable uuid columns: Jdbi's own UUID argument would send a null as varchar, which PostgreSQL refuses
            cases.addAuthorisation(UUID.randomUUID(), "B-7", "agency-x", now.minusSeconds(60), now.plusSeconds(3600), null, now);
            cases.addRepayment(new RepaymentRow(UUID.randomUUID(), "B-7", new BigDecimal("250.50"), now, null, "bank-a", now,
                    RepaymentStatus.CONFIRMED, null, null, null, null));
            UUID claim = UUID.randomUUID();
            cases.addRepayment(new RepaymentRow(claim, "B-7", new BigDecimal("100.00"), now, null, "agency-x", now,
                    RepaymentStatus.CLAIMED, Bytes32.of(new byte[32]), null, null, null));
            assertThat(cases.repaid("B-7")).as("a claim does not count").isEqualByComparingTo("250.50");
            assertThat(cases.claimed("B-7")).isEqualByComparingTo("100.00");
            assertThat(cases.decideRepayment(claim, RepaymentStatus.CONFIRMED, "bank-a", null, now)).isTrue();
            assertThat(cases.decideRepayment(claim, RepaymentStatus.REJECTED, "bank-a", "again", now)).as("decided once").isFalse();
            assertThat(cases.repaid("B-7")).isEqualByComparingTo("350.50");
            assertThat(cases.repayments("B-7")).extracting(RepaymentRow::status)
                    .containsExactly(RepaymentStatus.CONFIRMED, RepaymentStatus.CONFIRMED);
            assertThat(cases.repayment(claim).orElseThrow().decidedBy()).isEqualTo("bank-a");
            assertThat(cases.authorisations("B-7")).singleElement()
                    .satisfies(a -> assertThat(a.revokedAt()).isEqualTo(Optional.empty()));
            assertThat(cases.revokeAuthorisations("B-7", "agency-x", now)).isEqualTo(1);

            // what the aggregate changes is what save writes back, and only on its own case
            LoanCase loanCase = cases.locked("B-8").orElseThrow();
            loanCase.followChain(loanCase.state(), CaseState.DISPUTED, "debtor-8", now.plusSeconds(5));
            loanCase.transferTo("bank-b", Bytes32.of(new byte[32]), "bank-a", now);
            loanCase.adjustPrincipal(new BigDecimal("800.00"));
            loanCase.changeRuleProfile("CN_STRICT", "judge1", now);
            loanCase.claimFailed();
            loanCase.claim("debtor-8", now);
            loanCase.newAccessCode("argon-hash");
            loanCase.claimFailed();
            cases.save(loanCase.snapshot());
            CaseRow saved = cases.find("B-8").orElseThrow();
            assertThat(saved.state()).isEqualTo(CaseState.DISPUTED);
            assertThat(saved.beforeDispute()).isEqualTo(CaseState.OVERDUE);
            assertThat(saved.stateSince()).isEqualTo(now.plusSeconds(5));
            assertThat(saved.creditor()).isEqualTo("bank-b");
            assertThat(saved.principal()).isEqualByComparingTo("800.00");
            assertThat(saved.ruleProfile()).isEqualTo("CN_STRICT");
            assertThat(saved.debtorPartyId()).isEqualTo("debtor-8");
            assertThat(saved.accessCodeHash()).isEqualTo("argon-hash");
            assertThat(saved.failedClaims()).isEqualTo(1);
            assertThat(cases.find("B-9").orElseThrow().creditor()).isEqualTo("bank-a");
        }
    }

    /** Counts the JDBC calls made on every connection and statement the data source hands out. */
    private static DataSource counting(DataSource target, Map<String, AtomicInteger> calls) {
        return (DataSource) Proxy.newProxyInstance(LoanCasesBatchTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? wrap(c, Connection.class, calls) : result;
                });
    }

    private static <T> T wrap(T target, Class<T> type, Map<String, AtomicInteger> calls) {
        return type.cast(Proxy.newProxyInstance(LoanCasesBatchTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    calls.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
                    Object result = invoke(target, method, args);
                    return result instanceof PreparedStatement s && type == Connection.class
                            ? wrap(s, PreparedStatement.class, calls) : result;
                }));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
