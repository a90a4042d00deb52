package org.judicialchain.portal.infrastructure.persistence.documents;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.documents.IssuedDocuments;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/** The register of documents the court issued. */
@ApplicationScoped
public class JdbiIssuedDocuments implements IssuedDocuments {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public void add(DocumentRow d) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into court_document (id, case_ref, type, language, evidence_id,"
                     + " sha256, verification_code, page_count, issued_by, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, d.id());
            s.setString(2, d.caseRef());
            s.setString(3, d.type());
            s.setString(4, d.language());
            s.setObject(5, d.evidenceId());
            s.setBytes(6, d.sha256().toByteArray());
            s.setString(7, d.verificationCode());
            s.setInt(8, d.pageCount());
            s.setString(9, d.issuedBy());
            s.setObject(10, Timestamps.of(d.issuedAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording the document failed", e);
        }
    }

    public Optional<DocumentRow> find(UUID id) {
        return query("id = ?", id);
    }

    public Optional<DocumentRow> byCode(String code) {
        return query("verification_code = ?", code);
    }

    private Optional<DocumentRow> query(String where, Object arg) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, case_ref, type, language, evidence_id, sha256,"
                     + " verification_code, page_count, issued_by, issued_at from court_document where " + where)) {
            s.setObject(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DocumentRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), Bytes32.of(rs.getBytes(6)), rs.getString(7), rs.getInt(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading documents failed", e);
        }
    }
}
