package org.judicialchain.portal.infrastructure.persistence.cases;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.cases.Instalment;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.evidence.domain.model.compliance.CollectionAuthorisation;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/**
 * Loan cases in PostgreSQL through JDBC: a lender's book arrives by the hundred thousand, so
 * inserts are batched statements rather than one entity at a time. Callers hold the transaction.
 */
@ApplicationScoped
public class JdbiLoanCases implements LoanCases {

    private static final String CASE_COLUMNS = "c.case_ref, c.creditor, c.court, c.principal, c.currency, c.due_date,"
            + " c.rule_profile, c.debtor_zone, c.state, c.state_since, c.opened_at, c.debtor_sealed, k.wrapped,"
            + " c.debtor_party_id, c.access_code_hash, c.failed_claims, c.case_salt, c.state_before_dispute";

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** Which of these references are already cases. */
    public Set<String> existing(Collection<String> caseRefs) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select case_ref from loan_case where case_ref = any(?)")) {
            s.setArray(1, c.createArrayOf("varchar", caseRefs.toArray()));
            Set<String> found = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("looking up cases failed", e);
        }
    }

    public void insertAll(List<PreparedCase> cases, Instant now, UUID importId) {
        if (cases.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement file = c.prepareStatement("insert into case_file (case_ref, created_at) values (?, ?) on conflict do nothing");
             PreparedStatement key = c.prepareStatement("insert into data_key (id, wrapped, created_at) values (?, ?, ?)");
             PreparedStatement loan = c.prepareStatement("insert into loan_case (case_ref, creditor, court, principal, currency,"
                     + " due_date, rule_profile, debtor_zone, state, state_since, opened_at, data_key_id, debtor_sealed,"
                     + " case_salt, import_id) values (?, ?, ?, ?, ?, ?, ?, ?, 'OVERDUE', ?, ?, ?, ?, ?, ?)");
             PreparedStatement instalment = c.prepareStatement(
                     "insert into instalment (case_ref, seq, due_date, amount) values (?, ?, ?, ?)")) {
            var at = Timestamps.of(now);
            for (PreparedCase p : cases) {
                NewLoanCase l = p.loan();
                file.setString(1, l.caseRef());
                file.setObject(2, at);
                file.addBatch();
                key.setObject(1, p.dataKeyId());
                key.setBytes(2, p.wrappedDataKey());
                key.setObject(3, at);
                key.addBatch();
                loan.setString(1, l.caseRef());
                loan.setString(2, l.creditor());
                loan.setString(3, l.court());
                loan.setBigDecimal(4, l.terms().principal());
                loan.setString(5, l.terms().currency().getCurrencyCode());
                loan.setObject(6, l.terms().dueDate());
                loan.setString(7, l.ruleProfile());
                loan.setString(8, l.debtorZone().getId());
                loan.setObject(9, at);
                loan.setObject(10, at);
                loan.setObject(11, p.dataKeyId());
                loan.setBytes(12, p.debtorSealed());
                loan.setBytes(13, p.caseSalt().toByteArray());
                loan.setObject(14, importId);
                loan.addBatch();
                int seq = 1;
                for (Instalment i : l.terms().instalments()) {
                    instalment.setString(1, l.caseRef());
                    instalment.setInt(2, seq++);
                    instalment.setObject(3, i.dueDate());
                    instalment.setBigDecimal(4, i.amount());
                    instalment.addBatch();
                }
            }
            file.executeBatch();
            key.executeBatch();
            loan.executeBatch();
            instalment.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("storing cases failed: " + rootMessage(e), e);
        }
    }

    public Optional<CaseRow> find(String caseRef) {
        List<CaseRow> rows = query("select " + CASE_COLUMNS + " from loan_case c left join data_key k on k.id = c.data_key_id"
                + " where c.case_ref = ?", List.of(caseRef));
        return rows.stream().findFirst();
    }

    /** One page of the cases a caller may see, newest first; the filter is the access policy's, in SQL. */
    public List<CaseRow> list(CaseFilter filter, Optional<CaseState> state, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + CASE_COLUMNS
                + " from loan_case c left join data_key k on k.id = c.data_key_id where true");
        List<Object> args = new ArrayList<>();
        switch (filter.kind()) {
            case ALL -> { }
            case CREDITOR -> { sql.append(" and c.creditor = ?"); args.add(filter.value()); }
            case COURT -> { sql.append(" and c.court = ?"); args.add(filter.value()); }
            case DEBTOR -> { sql.append(" and c.debtor_party_id = ?"); args.add(filter.value()); }
            case AGENCY -> {
                sql.append(" and exists (select 1 from collection_authorisation a where a.case_ref = c.case_ref"
                        + " and a.agency = ? and a.valid_from <= now() and a.valid_to > now() and a.revoked_at is null)");
                args.add(filter.value());
            }
            case NONE -> sql.append(" and false");
        }
        state.ifPresent(st -> { sql.append(" and c.state = ?"); args.add(st.name()); });
        sql.append(" order by c.opened_at desc, c.case_ref limit ? offset ?");
        args.add(limit);
        args.add(offset);
        return query(sql.toString(), args);
    }

    public List<CollectionAuthorisation> authorisations(String caseRef) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select agency, valid_from, valid_to, revoked_at from collection_authorisation"
                     + " where case_ref = ? order by valid_from")) {
            s.setString(1, caseRef);
            List<CollectionAuthorisation> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    var revoked = rs.getTimestamp(4);
                    out.add(new CollectionAuthorisation(rs.getString(1), rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant(), revoked == null ? Optional.empty() : Optional.of(revoked.toInstant())));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading authorisations failed", e);
        }
    }

    public void addAuthorisation(UUID id, String caseRef, String agency, Instant from, Instant to, UUID evidenceId, Instant now) {
        update("insert into collection_authorisation (id, case_ref, agency, valid_from, valid_to, evidence_id, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, caseRef, agency, Timestamps.of(from), Timestamps.of(to), evidenceId,
                Timestamps.of(now));
    }

    /** Revokes the agency's authorisations that are still in force; returns how many. */
    public int revokeAuthorisations(String caseRef, String agency, Instant at) {
        return update("update collection_authorisation set revoked_at = ? where case_ref = ? and agency = ?"
                + " and revoked_at is null and valid_to > ?", Timestamps.of(at), caseRef, agency, Timestamps.of(at));
    }

    /** Ends every authorisation in force on the case (a debt transfer); @return how many ended. */
    public int revokeAllAuthorisations(String caseRef, Instant at) {
        return update("update collection_authorisation set revoked_at = ? where case_ref = ? and revoked_at is null"
                + " and valid_to > ?", Timestamps.of(at), caseRef, Timestamps.of(at));
    }

    public void addTransfer(UUID id, String caseRef, String from, String to, Instant at, UUID evidenceId, String by) {
        update("insert into case_transfer (id, case_ref, from_creditor, to_creditor, effective_at, evidence_id, recorded_by,"
                + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id, caseRef, from, to, Timestamps.of(at), evidenceId, by,
                Timestamps.of(at));
    }

    public void addRepayment(UUID id, String caseRef, BigDecimal amount, Instant paidAt, UUID evidenceId, String by, Instant now) {
        update("insert into repayment (id, case_ref, amount, paid_at, evidence_id, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, caseRef, amount, Timestamps.of(paidAt), evidenceId, by, Timestamps.of(now));
    }

    public BigDecimal repaid(String caseRef) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select coalesce(sum(amount), 0) from repayment where case_ref = ?")) {
            s.setString(1, caseRef);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading repayments failed", e);
        }
    }

    /** @param beforeDispute where a DISPUTED case resumes (null for every other state) */
    public void changeState(String caseRef, CaseState state, CaseState beforeDispute, Instant at) {
        update("update loan_case set state = ?, state_since = ?, state_before_dispute = ? where case_ref = ?", state.name(),
                Timestamps.of(at), beforeDispute == null ? null : beforeDispute.name(), caseRef);
    }

    public void changeRuleProfile(String caseRef, String profile) {
        update("update loan_case set rule_profile = ? where case_ref = ?", profile, caseRef);
    }

    /** A debt transfer: the new creditor of record acts on the case from now on. */
    public void changeCreditor(String caseRef, String creditor) {
        update("update loan_case set creditor = ? where case_ref = ?", creditor, caseRef);
    }

    /** A court decision that adjusts the amount owed (an upheld or partly upheld amount dispute). */
    public void changePrincipal(String caseRef, BigDecimal principal) {
        update("update loan_case set principal = ? where case_ref = ?", principal, caseRef);
    }

    /** Locks the case row for the rest of the transaction (repayments and claims are read-modify-write). */
    public void lock(String caseRef) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from loan_case where case_ref = ? for update")) {
            s.setString(1, caseRef);
            s.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("locking case failed", e);
        }
    }

    public void claim(String caseRef, String partyId) {
        update("update loan_case set debtor_party_id = ?, failed_claims = 0 where case_ref = ?", partyId, caseRef);
    }

    public void setAccessCode(String caseRef, String hash) {
        update("update loan_case set access_code_hash = ?, failed_claims = 0 where case_ref = ?", hash, caseRef);
    }

    public void failedClaim(String caseRef) {
        update("update loan_case set failed_claims = failed_claims + 1 where case_ref = ?", caseRef);
    }

    /** Erasure: the debtor's data key goes, so the sealed personal data can never be read again. */
    public void eraseDebtor(String caseRef) {
        update("delete from data_key where id = (select data_key_id from loan_case where case_ref = ?)", caseRef);
    }

    private List<CaseRow> query(String sql, List<Object> args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            List<CaseRow> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
                            rs.getObject(6, java.time.LocalDate.class), rs.getString(7), rs.getString(8),
                            CaseState.valueOf(rs.getString(9)), rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant(),
                            rs.getBytes(12), rs.getBytes(13), rs.getString(14), rs.getString(15), rs.getInt(16),
                            Bytes32.of(rs.getBytes(17)), rs.getString(18) == null ? null : CaseState.valueOf(rs.getString(18))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading cases failed", e);
        }
    }

    private int update(String sql, Object... args) {
        return Sql.update(dataSource, sql, args);
    }

    private static String rootMessage(SQLException e) {
        SQLException next = e.getNextException();
        return next != null ? next.getMessage() : e.getMessage();
    }
}
