package org.judicialchain.portal.infrastructure.persistence.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.cases.Instalment;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.evidence.domain.model.compliance.CollectionAuthorisation;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.cases.RepaymentRow;
import org.judicialchain.portal.domain.cases.RepaymentStatus;
import org.judicialchain.portal.infrastructure.persistence.Database;

/**
 * Loan cases in PostgreSQL through Jdbi: a lender's book arrives by the hundred thousand, so
 * inserts are batched statements rather than one row at a time. Callers hold the transaction.
 */
@ApplicationScoped
public class JdbiLoanCases implements LoanCases {

    private static final String CASE_COLUMNS = "c.case_ref, c.creditor, c.court, c.principal, c.currency, c.due_date,"
            + " c.rule_profile, c.debtor_zone, c.state, c.state_since, c.opened_at, c.debtor_sealed, k.wrapped,"
            + " c.debtor_party_id, c.access_code_hash, c.failed_claims, c.case_salt, c.state_before_dispute";

    @Inject
    Database database;

    /** Which of these references are already cases. */
    @Override
    public Set<String> existing(Collection<String> caseRefs) {
        return database.jdbi().withHandle(h -> h.createQuery("select case_ref from loan_case where case_ref = any(:refs)")
                .bindArray("refs", String.class, caseRefs).mapTo(String.class).collect(java.util.stream.Collectors.toCollection(HashSet::new)));
    }

    /** Four JDBC batches, each one statement for the whole chunk: case files, data keys, cases, instalments. */
    @Override
    public void insertAll(List<PreparedCase> cases, Instant now, UUID importId) {
        if (cases.isEmpty()) {
            return;
        }
        try {
            database.jdbi().useHandle(h -> insertBatches(h, cases, now, importId));
        } catch (JdbiException e) {
            // an import reports this message on the failed line range: the database's own, not the statement and its values
            throw new IllegalStateException("storing cases failed: " + rootMessage(e), e);
        }
    }

    private static void insertBatches(Handle h, List<PreparedCase> cases, Instant now, UUID importId) {
        PreparedBatch file = h.prepareBatch(JdbiCaseFiles.INSERT);
        PreparedBatch key = h.prepareBatch("insert into data_key (id, wrapped, created_at) values (:id, :wrapped, :now)");
        PreparedBatch loan = h.prepareBatch("insert into loan_case (case_ref, creditor, court, principal, currency, due_date,"
                + " rule_profile, debtor_zone, state, state_since, opened_at, data_key_id, debtor_sealed, case_salt, import_id)"
                + " values (:caseRef, :creditor, :court, :principal, :currency, :dueDate, :ruleProfile, :zone, 'OVERDUE', :now,"
                + " :now, :keyId, :sealed, :salt, :importId)");
        PreparedBatch instalment = h.prepareBatch("insert into instalment (case_ref, seq, due_date, amount)"
                + " values (:caseRef, :seq, :dueDate, :amount)");
        for (PreparedCase p : cases) {
            NewLoanCase l = p.loan();
            JdbiCaseFiles.bindNew(file, l.caseRef()).bind("now", now).add();
            key.bind("id", p.dataKeyId()).bind("wrapped", p.wrappedDataKey()).bind("now", now).add();
            loan.bind("caseRef", l.caseRef()).bind("creditor", l.creditor()).bind("court", l.court())
                    .bind("principal", l.terms().principal()).bind("currency", l.terms().currency().getCurrencyCode())
                    .bind("dueDate", l.terms().dueDate()).bind("ruleProfile", l.ruleProfile())
                    .bind("zone", l.debtorZone().getId()).bind("now", now).bind("keyId", p.dataKeyId())
                    .bind("sealed", p.debtorSealed()).bind("salt", p.caseSalt().toByteArray()).bind("importId", importId)
                    .add();
            int seq = 1;
            for (Instalment i : l.terms().instalments()) {
                instalment.bind("caseRef", l.caseRef()).bind("seq", seq++).bind("dueDate", i.dueDate())
                        .bind("amount", i.amount()).add();
            }
        }
        file.execute();
        key.execute();
        loan.execute();
        if (instalment.size() > 0) {
            instalment.execute();
        }
    }

    @Override
    public Optional<CaseRow> find(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + CASE_COLUMNS
                        + " from loan_case c left join data_key k on k.id = c.data_key_id where c.case_ref = :caseRef")
                .bind("caseRef", caseRef).map(JdbiLoanCases::caseRow).findFirst());
    }

    /** One page of the cases a caller may see, newest first; the filter is the access policy's, in SQL. */
    @Override
    public List<CaseRow> list(CaseFilter filter, Optional<CaseState> state, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + CASE_COLUMNS
                + " from loan_case c left join data_key k on k.id = c.data_key_id where true");
        Map<String, Object> args = new LinkedHashMap<>();
        switch (filter.kind()) {
            case ALL -> { }
            case CREDITOR -> { sql.append(" and c.creditor = :value"); args.put("value", filter.value()); }
            case COURT -> { sql.append(" and c.court = :value"); args.put("value", filter.value()); }
            case DEBTOR -> { sql.append(" and c.debtor_party_id = :value"); args.put("value", filter.value()); }
            case AGENCY -> {
                sql.append(" and exists (select 1 from collection_authorisation a where a.case_ref = c.case_ref"
                        + " and a.agency = :value and a.valid_from <= now() and a.valid_to > now() and a.revoked_at is null)");
                args.put("value", filter.value());
            }
            case NONE -> sql.append(" and false");
        }
        state.ifPresent(st -> { sql.append(" and c.state = :state"); args.put("state", st.name()); });
        sql.append(" order by c.opened_at desc, c.case_ref limit :limit offset :offset");
        args.put("limit", limit);
        args.put("offset", offset);
        return database.jdbi().withHandle(h -> h.createQuery(sql.toString()).bindMap(args).map(JdbiLoanCases::caseRow).list());
    }

    @Override
    public List<CollectionAuthorisation> authorisations(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select agency, valid_from, valid_to, revoked_at"
                        + " from collection_authorisation where case_ref = :caseRef order by valid_from")
                .bind("caseRef", caseRef)
                .map((rs, ctx) -> new CollectionAuthorisation(rs.getString("agency"), Database.instant(rs, "valid_from"),
                        Database.instant(rs, "valid_to"), Optional.ofNullable(Database.instant(rs, "revoked_at"))))
                .list());
    }

    @Override
    public void addAuthorisation(UUID id, String caseRef, String agency, Instant from, Instant to, UUID evidenceId, Instant now) {
        update(h -> h.createUpdate("insert into collection_authorisation (id, case_ref, agency, valid_from, valid_to, evidence_id,"
                        + " created_at) values (:id, :caseRef, :agency, :from, :to, :evidence, :now)")
                .bind("id", id).bind("caseRef", caseRef).bind("agency", agency).bind("from", from).bind("to", to)
                .bind("evidence", evidenceId).bind("now", now).execute());
    }

    /** Revokes the agency's authorisations that are still in force; returns how many. */
    @Override
    public int revokeAuthorisations(String caseRef, String agency, Instant at) {
        return update(h -> h.createUpdate("update collection_authorisation set revoked_at = :at where case_ref = :caseRef"
                        + " and agency = :agency and revoked_at is null and valid_to > :at")
                .bind("at", at).bind("caseRef", caseRef).bind("agency", agency).execute());
    }

    /** Ends every authorisation in force on the case (a debt transfer); @return how many ended. */
    @Override
    public int revokeAllAuthorisations(String caseRef, Instant at) {
        return update(h -> h.createUpdate("update collection_authorisation set revoked_at = :at where case_ref = :caseRef"
                        + " and revoked_at is null and valid_to > :at")
                .bind("at", at).bind("caseRef", caseRef).execute());
    }

    @Override
    public void addTransfer(UUID id, String caseRef, String from, String to, Instant at, UUID evidenceId, String by) {
        update(h -> h.createUpdate("insert into case_transfer (id, case_ref, from_creditor, to_creditor, effective_at,"
                        + " evidence_id, recorded_by, recorded_at) values (:id, :caseRef, :from, :to, :at, :evidence, :by, :at)")
                .bind("id", id).bind("caseRef", caseRef).bind("from", from).bind("to", to).bind("at", at)
                .bind("evidence", evidenceId).bind("by", by).execute());
    }

    @Override
    public void addRepayment(RepaymentRow r) {
        update(h -> h.createUpdate("insert into repayment (id, case_ref, amount, paid_at, evidence_id, recorded_by, recorded_at,"
                        + " status, commitment) values (:id, :caseRef, :amount, :paidAt, :evidence, :by, :now, :status, :commitment)")
                .bind("id", r.id()).bind("caseRef", r.caseRef()).bind("amount", r.amount()).bind("paidAt", r.paidAt())
                .bind("evidence", r.evidenceId()).bind("by", r.recordedBy()).bind("now", r.recordedAt())
                .bind("status", r.status().name()).bind("commitment", r.commitment() == null ? null : r.commitment().toByteArray())
                .execute());
    }

    @Override
    public BigDecimal repaid(String caseRef) {
        return sum(caseRef, RepaymentStatus.CONFIRMED);
    }

    @Override
    public BigDecimal claimed(String caseRef) {
        return sum(caseRef, RepaymentStatus.CLAIMED);
    }

    private BigDecimal sum(String caseRef, RepaymentStatus status) {
        return database.jdbi().withHandle(h -> h.createQuery("select coalesce(sum(amount), 0) from repayment"
                        + " where case_ref = :caseRef and status = :status")
                .bind("caseRef", caseRef).bind("status", status.name()).mapTo(BigDecimal.class).one());
    }

    @Override
    public Optional<RepaymentRow> repayment(UUID id) {
        return database.jdbi().withHandle(h -> h.createQuery(REPAYMENT + " where id = :id")
                .bind("id", id).map(JdbiLoanCases::repaymentRow).findFirst());
    }

    @Override
    public List<RepaymentRow> repayments(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery(REPAYMENT + " where case_ref = :caseRef order by recorded_at, id")
                .bind("caseRef", caseRef).map(JdbiLoanCases::repaymentRow).list());
    }

    @Override
    public boolean decideRepayment(UUID id, RepaymentStatus status, String by, String reason, Instant at) {
        return update(h -> h.createUpdate("update repayment set status = :status, decided_by = :by, decided_at = :at,"
                        + " decision_reason = :reason where id = :id and status = 'CLAIMED'")
                .bind("status", status.name()).bind("by", by).bind("at", at).bind("reason", reason).bind("id", id)
                .execute()) == 1;
    }

    private static final String REPAYMENT = "select id, case_ref, amount, paid_at, evidence_id, recorded_by, recorded_at, status,"
            + " commitment, decided_by, decided_at, decision_reason from repayment";

    private static RepaymentRow repaymentRow(ResultSet rs, StatementContext ctx) throws SQLException {
        byte[] commitment = rs.getBytes("commitment");
        return new RepaymentRow(rs.getObject("id", UUID.class), rs.getString("case_ref"), rs.getBigDecimal("amount"),
                Database.instant(rs, "paid_at"), rs.getObject("evidence_id", UUID.class), rs.getString("recorded_by"),
                Database.instant(rs, "recorded_at"), RepaymentStatus.valueOf(rs.getString("status")),
                commitment == null ? null : Bytes32.of(commitment), rs.getString("decided_by"), Database.instant(rs, "decided_at"),
                rs.getString("decision_reason"));
    }

    /** @param beforeDispute where a DISPUTED case resumes (null for every other state) */
    @Override
    public void save(CaseRow c) {
        update(h -> h.createUpdate("update loan_case set creditor = :creditor, principal = :principal, rule_profile = :profile,"
                        + " state = :state, state_since = :since, state_before_dispute = :before, debtor_party_id = :party,"
                        + " access_code_hash = :codeHash, failed_claims = :failed where case_ref = :caseRef")
                .bind("creditor", c.creditor()).bind("principal", c.principal()).bind("profile", c.ruleProfile())
                .bind("state", c.state().name()).bind("since", c.stateSince())
                .bind("before", c.beforeDispute() == null ? null : c.beforeDispute().name())
                .bind("party", c.debtorPartyId()).bind("codeHash", c.accessCodeHash()).bind("failed", c.failedClaims())
                .bind("caseRef", c.caseRef()).execute());
    }

    /** Locks the case row for the rest of the transaction (repayments and claims are read-modify-write). */
    @Override
    public void lock(String caseRef) {
        database.jdbi().useHandle(h -> h.createQuery("select 1 from loan_case where case_ref = :caseRef for update")
                .bind("caseRef", caseRef).mapTo(Integer.class).list());
    }

    /** Erasure: the debtor's data key goes, so the sealed personal data can never be read again. */
    @Override
    public void eraseDebtor(String caseRef) {
        update(h -> h.createUpdate("delete from data_key where id = (select data_key_id from loan_case where case_ref = :caseRef)")
                .bind("caseRef", caseRef).execute());
    }

    private int update(org.jdbi.v3.core.HandleCallback<Integer, RuntimeException> statement) {
        return database.jdbi().withHandle(statement);
    }

    private static CaseRow caseRow(ResultSet rs, StatementContext ctx) throws SQLException {
        String beforeDispute = rs.getString("state_before_dispute");
        return new CaseRow(rs.getString("case_ref"), rs.getString("creditor"), rs.getString("court"), rs.getBigDecimal("principal"),
                rs.getString("currency"), rs.getObject("due_date", LocalDate.class), rs.getString("rule_profile"),
                rs.getString("debtor_zone"), CaseState.valueOf(rs.getString("state")), Database.instant(rs, "state_since"),
                Database.instant(rs, "opened_at"), rs.getBytes("debtor_sealed"), rs.getBytes("wrapped"),
                rs.getString("debtor_party_id"), rs.getString("access_code_hash"), rs.getInt("failed_claims"),
                Bytes32.of(rs.getBytes("case_salt")), beforeDispute == null ? null : CaseState.valueOf(beforeDispute));
    }

    /** The database's message for a failed statement; for a batch, the failing row's (JDBC's next exception). */
    static String rootMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                SQLException next = sql.getNextException();
                return next != null ? next.getMessage() : sql.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e.getMessage();
    }
}
