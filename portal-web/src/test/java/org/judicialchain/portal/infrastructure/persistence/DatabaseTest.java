package org.judicialchain.portal.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.judicialchain.portal.devstack.DevDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portal's Jdbi settings on a real PostgreSQL: nulls of any column type, instants and arrays round-trip. */
class DatabaseTest {

    private static DevDatabase db;
    private static Jdbi jdbi;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        db = DevDatabase.start(Files.createTempDirectory(Path.of("target"), "jdbi"), port, true);
        jdbi = Database.configured(Jdbi.create(db.jdbcUrl(), "postgres", "postgres"));
        jdbi.useHandle(h -> h.execute("create table t (id uuid primary key, ref uuid, at timestamptz, ids text[], uuids uuid[])"));
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void aNullBoundWithoutItsTypeFitsUuidAndTimestampColumns() {
        UUID id = UUID.randomUUID();
        UUID ref = null;
        Instant at = null;
        int rows = jdbi.withHandle(h -> h.createUpdate("insert into t (id, ref, at) values (:id, :ref, :at)")
                .bind("id", id).bind("ref", ref).bind("at", at).execute());
        assertThat(rows).isEqualTo(1);
        Map<String, Object> stored = jdbi.withHandle(h -> h.createQuery("select ref, at from t where id = :id").bind("id", id)
                .mapToMap().one());
        assertThat(stored.get("ref")).isNull();
        assertThat(stored.get("at")).isNull();
    }

    @Test
    void instantsAndArraysRoundTrip() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-06-30T23:59:59.123456Z");
        UUID other = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("insert into t (id, at, ids, uuids) values (:id, :at, :ids, :uuids)")
                .bind("id", id).bind("at", at).bindArray("ids", String.class, List.of("a", "b"))
                .bindArray("uuids", UUID.class, List.of(other)).execute());
        List<Object> read = jdbi.withHandle(h -> h.createQuery("select at, ids, uuids from t where id = :id").bind("id", id)
                .map((rs, ctx) -> List.<Object>of(Database.instant(rs, "at"), Database.strings(rs, "ids"),
                        Database.uuids(rs, "uuids"))).one());
        assertThat(read).containsExactly(at, List.of("a", "b"), List.of(other));
    }
}
