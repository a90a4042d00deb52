package org.judicialchain.portal.interfaces.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.judicialchain.identity.access.Action;

import static org.judicialchain.portal.interfaces.rest.EndpointAccessTable.Access.action;
import static org.judicialchain.portal.interfaces.rest.EndpointAccessTable.Access.open;
import static org.judicialchain.portal.interfaces.rest.EndpointAccessTable.Access.role;
import static org.judicialchain.portal.interfaces.rest.EndpointAccessTable.Access.submitter;

/**
 * Every endpoint of the JSON API and who may call it: the declared side of the access matrix.
 * {@code EndpointAccessTableTest} fails the build when an endpoint has no row (or a row no endpoint),
 * and the ITs use the rows to call every endpoint, so a new endpoint must be placed here first.
 *
 * <p>A row is keyed as "METHOD /api/path" and, for requests with a body, " consumes media/type".
 */
public final class EndpointAccessTable {

    /** Who may call an endpoint: anyone, a signed-in role (checked by the resource), or the access policy's actions. */
    public record Access(boolean anonymous, String roles, Set<Action> actions) {
        static Access open(Action action) {
            return new Access(true, "anyone", Set.of(action));
        }

        static Access role(String roles) {
            return new Access(false, roles, Set.of());
        }

        /** Lenders and agencies with an institution; on an existing loan case, the policy's SUBMIT_EVIDENCE too. */
        static Access submitter() {
            return new Access(false, "lender or collector with an institution", Set.of(Action.SUBMIT_EVIDENCE));
        }

        static Access action(Action... actions) {
            return new Access(false, "AccessPolicy", Set.of(actions));
        }

        @Override
        public String toString() {
            return anonymous ? "public" : actions.isEmpty() ? "signed in: " + roles
                    : (roles.equals("AccessPolicy") ? "" : roles + "; ") + "policy: " + actions.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        }
    }

    public record Row(String method, String path, String consumes, Access access) {
        public String key() {
            return key(method, path, consumes);
        }

        static String key(String method, String path, String consumes) {
            return method + " " + path + (consumes == null ? "" : " consumes " + consumes);
        }
    }

    private static final String JSON = "application/json";

    public static final List<Row> ROWS = List.of(
            // public verification: anyone, rate-limited per client (PublicEndpointRateLimit)
            new Row("POST", "/api/v1/verify", JSON, open(Action.VERIFY_PUBLIC)),
            new Row("POST", "/api/v1/verify", "multipart/form-data", open(Action.VERIFY_PUBLIC)),
            new Row("POST", "/api/v1/verify", "application/pdf", open(Action.VERIFY_PUBLIC)),
            new Row("GET", "/api/v1/documents/by-code/{code}", null, open(Action.VERIFY_PUBLIC)),
            // who am I
            new Row("GET", "/api/v1/me", null, role("any signed-in caller")),
            new Row("GET", "/api/v1/session/csrf-token", null, role("any signed-in browser session")),
            // evidence
            new Row("POST", "/api/v1/evidence", JSON, submitter()),
            new Row("POST", "/api/v1/evidence", "multipart/form-data", submitter()),
            new Row("GET", "/api/v1/evidence/{id}", null, action(Action.VIEW_EVIDENCE)),
            new Row("GET", "/api/v1/evidence/{id}/receipt", null, action(Action.VIEW_EVIDENCE)),
            // a lender's book
            new Row("POST", "/api/v1/cases", JSON, role("lender")),
            new Row("POST", "/api/v1/cases/imports", "text/csv, text/plain", role("lender")),
            new Row("GET", "/api/v1/cases/imports/{id}", null, role("lender of the importing institution")),
            new Row("GET", "/api/v1/cases", null, action(Action.LIST_CASES)),
            new Row("GET", "/api/v1/cases/{caseRef}", null, action(Action.VIEW_CASE)),
            new Row("POST", "/api/v1/cases/{caseRef}/access-code", null, role("lender, creditor of the case")),
            new Row("POST", "/api/v1/cases/{caseRef}/claim", JSON, role("debtor with a party id")),
            new Row("POST", "/api/v1/cases/{caseRef}/claim/undo", null, role("lender, creditor of the case")),
            new Row("POST", "/api/v1/cases/{caseRef}/authorisations", JSON, role("lender, creditor of the case")),
            new Row("POST", "/api/v1/cases/{caseRef}/authorisations/{agency}/revoke", JSON, role("lender, creditor of the case")),
            // the case's conduct and history
            new Row("GET", "/api/v1/cases/{caseRef}/chain", null, action(Action.VIEW_CUSTODY_CHAIN)),
            new Row("POST", "/api/v1/cases/{caseRef}/collection-records", JSON, action(Action.ADD_COLLECTION_RECORD)),
            new Row("GET", "/api/v1/cases/{caseRef}/collection-records", null, action(Action.VIEW_CASE, Action.VIEW_COLLECTION_RECORD)),
            new Row("GET", "/api/v1/cases/{caseRef}/findings", null, action(Action.VIEW_CASE)),
            new Row("POST", "/api/v1/cases/{caseRef}/repayments", JSON, action(Action.RECORD_REPAYMENT)),
            new Row("GET", "/api/v1/cases/{caseRef}/repayments", null, action(Action.VIEW_CASE)),
            new Row("POST", "/api/v1/cases/{caseRef}/repayments/{id}/confirm", null, action(Action.CONFIRM_REPAYMENT)),
            new Row("POST", "/api/v1/cases/{caseRef}/repayments/{id}/reject", JSON, action(Action.CONFIRM_REPAYMENT)),
            // court documents
            new Row("POST", "/api/v1/cases/{caseRef}/documents", JSON, action(Action.GRANT_CONFIRMATION, Action.DECIDE_OBJECTION)),
            new Row("GET", "/api/v1/documents/{id}", null, action(Action.VIEW_CASE)),
            // the case's course: lifecycle on chain, debt transfers, the rule profile
            new Row("GET", "/api/v1/cases/{caseRef}/lifecycle", null, action(Action.VIEW_CASE)),
            new Row("GET", "/api/v1/cases/{caseRef}/title", null, action(Action.VIEW_CASE)),
            new Row("POST", "/api/v1/cases/{caseRef}/transfers", JSON, role("lender, creditor of the case")),
            new Row("PUT", "/api/v1/cases/{caseRef}/rule-profile", JSON, action(Action.DECIDE_OBJECTION)),
            new Row("GET", "/api/v1/escalation-policy", null, role("any signed-in caller")),
            new Row("POST", "/api/v1/cases/{caseRef}/judicial-acceptance", null, action(Action.DECIDE_OBJECTION)),
            // objections: the debtor files, the creditor (or for conduct the authorised agency) answers, a judge decides
            new Row("POST", "/api/v1/cases/{caseRef}/objections", JSON, action(Action.FILE_OBJECTION)),
            new Row("GET", "/api/v1/cases/{caseRef}/objections", null, action(Action.VIEW_CASE)),
            new Row("GET", "/api/v1/objections/{id}", null, action(Action.VIEW_CASE)),
            new Row("POST", "/api/v1/objections/{id}/responses", JSON, action(Action.VIEW_CASE, Action.ADD_COLLECTION_RECORD)),
            new Row("POST", "/api/v1/objections/{id}/assignment", null, action(Action.DECIDE_OBJECTION)),
            new Row("POST", "/api/v1/objections/{id}/decision", JSON, action(Action.DECIDE_OBJECTION)),
            // judicial confirmation: the lender requests, a judge drafts and grants or refuses
            new Row("POST", "/api/v1/cases/{caseRef}/confirmations", JSON, action(Action.REQUEST_CONFIRMATION)),
            new Row("GET", "/api/v1/cases/{caseRef}/confirmations", null, action(Action.VIEW_CASE)),
            new Row("GET", "/api/v1/confirmations/{id}", null, action(Action.VIEW_CASE)),
            new Row("GET", "/api/v1/confirmations/{id}/draft", null, action(Action.GRANT_CONFIRMATION)),
            new Row("POST", "/api/v1/confirmations/{id}/grant", JSON, action(Action.GRANT_CONFIRMATION)),
            new Row("POST", "/api/v1/confirmations/{id}/refusal", JSON, action(Action.GRANT_CONFIRMATION)),
            // privacy: erasure of the debtor's data (the debtor asks, the controller or the court decides), who read what
            new Row("POST", "/api/v1/cases/{caseRef}/erasure-requests", JSON, action(Action.REQUEST_ERASURE)),
            new Row("GET", "/api/v1/cases/{caseRef}/erasure-requests", null, action(Action.VIEW_CASE)),
            new Row("POST", "/api/v1/erasure-requests/{id}/approval", JSON, action(Action.DECIDE_ERASURE)),
            new Row("POST", "/api/v1/erasure-requests/{id}/refusal", JSON, action(Action.DECIDE_ERASURE)),
            new Row("GET", "/api/v1/cases/{caseRef}/access-log", null, action(Action.VIEW_ACCESS_LOG)),
            new Row("GET", "/api/v1/evidence/{id}/content", null, action(Action.VIEW_EVIDENCE)),
            new Row("GET", "/api/v1/cases/{caseRef}/access-log/integrity", null, action(Action.VIEW_ACCESS_LOG)),
            new Row("GET", "/api/v1/work-queue", null, role("any signed-in caller (each role sees its own queue)")),
            // keeping the system honest: the database against the chain
            new Row("GET", "/api/v1/reconciliation", null, role("court-admin or auditor")),
            // court administration: institutions and their chain accounts, read from the contracts
            new Row("GET", "/api/v1/institutions", null, action(Action.VIEW_INSTITUTIONS, Action.VIEW_CHAIN_ACCOUNTS)),
            // the details behind the public readiness answer
            new Row("GET", "/api/v1/operations/status", null, action(Action.VIEW_CHAIN_ACCOUNTS)));

    private EndpointAccessTable() {
    }

    public static List<Row> publicRows() {
        return ROWS.stream().filter(r -> r.access().anonymous()).toList();
    }

    public static List<Row> signedInRows() {
        return ROWS.stream().filter(r -> !r.access().anonymous()).toList();
    }

    static String consumesKey(String[] mediaTypes) {
        return Arrays.stream(mediaTypes).sorted().collect(Collectors.joining(", "));
    }
}
