package org.judicialchain.portal.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.judicialchain.portal.devstack.DevDatabase;
import org.junit.jupiter.api.Test;

/** V9 turns comma-joined id lists into arrays on a real PostgreSQL, keeping every id written before it. */
class IdListsMigrationTest {

    private static final String R1 = "11111111-1111-1111-1111-111111111111";
    private static final String R2 = "22222222-2222-2222-2222-222222222222";

    @Test
    void commaJoinedIdsWrittenBeforeTheMigrationAreArraysAfterIt() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "migration");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (DevDatabase db = DevDatabase.start(dir, port, true)) {
            Flyway flyway = Flyway.configure().dataSource(db.jdbcUrl(), "postgres", "postgres").target("8").load();
            flyway.migrate();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres"); Statement s = c.createStatement()) {
                s.execute("insert into case_file values ('M-1', now())");
                s.execute("insert into loan_case (case_ref, creditor, court, principal, currency, due_date, rule_profile, debtor_zone,"
                        + " state, state_since, opened_at, debtor_sealed, case_salt) values ('M-1', 'bank-a', 'court-1', 100, 'CNY',"
                        + " '2026-01-01', 'CN_2026', 'Asia/Shanghai', 'OVERDUE', now(), now(), '\\x00', decode(repeat('ab', 32), 'hex'))");
                s.execute("insert into objection (id, reference, case_ref, debtor_party_id, type, statement, cited_records,"
                        + " cited_findings, status, filed_at, response_due_at) values ('" + R1 + "', 'OBJ-1', 'M-1', 'p', 'AMOUNT',"
                        + " 'x', '" + R1 + "," + R2 + "', '', 'FILED', now(), now())");
                s.execute("insert into confirmation_request (id, case_ref, institution, requested_by, evidence_ids, precheck,"
                        + " precheck_clean, status, requested_at) values ('" + R2 + "', 'M-1', 'bank-a', 'u', '" + R2 + "', '{}',"
                        + " true, 'REQUESTED', now())");
                s.execute("insert into collection_record values ('" + R1 + "', 'M-1', 'agency-x', 'CALL', now(), '{}', now())");
                s.execute("insert into compliance_finding values ('" + R2 + "', 'M-1', '" + R1 + "', 'agency-x', 'rule', 'HIGH', '"
                        + R1 + "," + R2 + "', 'zh', 'en', 'src', decode(repeat('cd', 32), 'hex'), now())");
            }

            Flyway.configure().dataSource(db.jdbcUrl(), "postgres", "postgres").load().migrate();

            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres"); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select cited_records, cited_findings, attachments from objection")) {
                    rs.next();
                    assertThat(strings(rs.getArray(1))).containsExactly(R1, R2);
                    assertThat(strings(rs.getArray(2))).isEmpty();
                    assertThat(strings(rs.getArray(3))).isEmpty();
                }
                try (ResultSet rs = s.executeQuery("select evidence_ids from confirmation_request")) {
                    rs.next();
                    assertThat(strings(rs.getArray(1))).containsExactly(R2);
                }
                try (ResultSet rs = s.executeQuery("select record_ids::text from compliance_finding")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("{" + R1 + "," + R2 + "}");
                }
            }
        }
    }

    private static List<String> strings(Array array) throws Exception {
        return Arrays.asList((String[]) array.getArray());
    }
}
