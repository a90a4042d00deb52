package org.judicialchain.portal.it;

/** Request bodies the security-review suites send: a hash-only submission, a case to open. */
final class ReviewRequests {

    private ReviewRequests() {
    }

    static String digest(String caseRef, String kind) throws Exception {
        return """
                {"sha256":"%s","caseRef":"%s","kind":"%s","capturedAt":"%s"}""".formatted(
                EvidenceAnchoringIT.sha256((caseRef + System.nanoTime()).getBytes()), caseRef, kind,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(60));
    }

    static String openCase(String caseRef, String principal) {
        return """
                {"caseRef":"%s","debtorName":"赵六","debtorIdNumber":"110101199001016666","debtorPhone":"13900006666",
                 "principal":"%s","currency":"CNY","dueDate":"%s","court":"court-beijing-internet",
                 "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""".formatted(caseRef, principal,
                Workflow.dueDate(Workflow.NOT_YET_DUE));
    }

    /** The references of a case listing. */
    record JsonNodeList(com.fasterxml.jackson.databind.JsonNode page) {
        java.util.List<String> refs() {
            return page.path("cases").findValuesAsText("caseRef");
        }
    }
}
