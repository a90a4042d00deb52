package org.judicialchain.portal.infrastructure.persistence.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.documents.IssuedDocuments;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** The register of documents the court issued. */
@ApplicationScoped
public class JdbiIssuedDocuments implements IssuedDocuments {

    private static final String COLUMNS = "id, case_ref, type, language, evidence_id, sha256, verification_code, page_count,"
            + " issued_by, issued_at, copy, case_number, served_copy";

    @Inject
    Database database;

    @Override
    public void add(DocumentRow d, byte[] sealedPdf) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into court_document (id, case_ref, type, language, evidence_id,"
                        + " sha256, verification_code, page_count, issued_by, issued_at, copy, case_number, served_copy, sealed_pdf)"
                        + " values (:id, :caseRef, :type, :language, :evidence, :sha256, :code, :pages, :by, :at, :copy,"
                        + " :caseNumber, :servedCopy, :sealed)")
                .bind("id", d.id()).bind("caseRef", d.caseRef()).bind("type", d.type()).bind("language", d.language())
                .bind("evidence", d.evidenceId()).bind("sha256", d.sha256().toByteArray()).bind("code", d.verificationCode())
                .bind("pages", d.pageCount()).bind("by", d.issuedBy()).bind("at", d.issuedAt()).bind("copy", d.copy())
                .bind("caseNumber", d.caseNumber()).bind("servedCopy", d.servedCopy()).bind("sealed", sealedPdf)
                .execute());
    }

    @Override
    public int nextCaseNumber(String court, int year, String type) {
        return database.jdbi().withHandle(h -> h.createQuery("insert into court_case_number (court, year, type, last_number)"
                        + " values (:court, :year, :type, 1) on conflict (court, year, type)"
                        + " do update set last_number = court_case_number.last_number + 1 returning last_number")
                .bind("court", court).bind("year", year).bind("type", type).mapTo(Integer.class).one());
    }

    @Override
    public Optional<byte[]> sealedPdf(UUID id) {
        return database.jdbi().withHandle(h -> h.createQuery("select sealed_pdf from court_document where id = :id"
                        + " and sealed_pdf is not null").bind("id", id).mapTo(byte[].class).findFirst());
    }

    @Override
    public Optional<DocumentRow> publicCopyOf(UUID servedCopy) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from court_document where served_copy = :id")
                .bind("id", servedCopy).map(JdbiIssuedDocuments::document).findFirst());
    }

    @Override
    public Optional<DocumentRow> find(UUID id) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from court_document where id = :id")
                .bind("id", id).map(JdbiIssuedDocuments::document).findFirst());
    }

    @Override
    public Optional<DocumentRow> byCode(String code) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from court_document where verification_code = :code")
                .bind("code", code).map(JdbiIssuedDocuments::document).findFirst());
    }

    @Override
    public java.util.Set<UUID> evidenceOfDigest(Bytes32 sha256) {
        return database.jdbi().withHandle(h -> h.createQuery("select evidence_id from court_document where sha256 = :sha256")
                .bind("sha256", sha256.toByteArray()).mapTo(UUID.class).set());
    }

    private static DocumentRow document(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DocumentRow(rs.getObject("id", UUID.class), rs.getString("case_ref"), rs.getString("type"),
                rs.getString("language"), rs.getObject("evidence_id", UUID.class), Bytes32.of(rs.getBytes("sha256")),
                rs.getString("verification_code"), rs.getInt("page_count"), rs.getString("issued_by"),
                Database.instant(rs, "issued_at"), rs.getString("copy"), rs.getString("case_number"),
                rs.getObject("served_copy", UUID.class));
    }
}
