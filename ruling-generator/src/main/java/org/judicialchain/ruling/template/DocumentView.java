package org.judicialchain.ruling.template;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.judicialchain.ruling.document.AppendixItem;
import org.judicialchain.ruling.document.Grounds;
import org.judicialchain.ruling.document.Party;
import org.judicialchain.ruling.document.RulingRequest;

/**
 * The values a template sees, as plain maps and lists (what Mustache reads best). Multi-line
 * texts become lists of paragraphs; 64-digit hex values are split in two lines of 32 so that
 * they fit a table cell and still copy as two halves.
 *
 * <p>Names available to templates: documentId, verificationCode, verificationUrl, courtName,
 * caseNumber, caseReference, portalReferenceLabel, copy (SERVED, PUBLIC), copyLabel, parties[name, role,
 * idNumber], idNumberLabel, facts[], settlement[], objection[], reasoning[], decision[], issueDate,
 * officerName, officerTitle, appendix[number, kind, sha256Head, sha256Tail, block,
 * blockTime, txHead, txTail, status, statusClass, anchored], appendixCount, hasAppendix,
 * chainId, registryContract.
 */
final class DocumentView {

    private DocumentView() {
    }

    static Map<String, Object> of(RulingRequest request, Labels labels) {
        Map<String, Object> view = new HashMap<>();
        ZoneId zone = ZoneId.of(labels.getOrDefault("time.zone", "UTC"));
        DateTimeFormatter date = DateTimeFormatter.ofPattern(labels.getOrDefault("date.pattern", "yyyy-MM-dd"),
                request.language().locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern(labels.getOrDefault("time.pattern", "yyyy-MM-dd HH:mm:ss"),
                request.language().locale()).withZone(zone);

        view.put("documentId", request.documentId().toString());
        view.put("verificationCode", request.verificationCode().display());
        view.put("verificationUrl", request.verificationUrl().toString());
        view.put("courtName", request.courtName());
        view.put("caseNumber", request.caseNumber());
        view.put("caseReference", request.caseReference());
        view.put("portalReferenceLabel", labels.get("portal.reference"));
        view.put("copy", request.copy().name());
        view.put("copyLabel", labels.get("copy." + request.copy().name()));
        view.put("idNumberLabel", labels.get("id.number"));
        view.put("issueDate", date.format(request.issueDate()));
        view.put("officerName", request.officer().fullName());
        view.put("officerTitle", labels.get("officer." + request.officer().title().name()));
        view.put("judgeName", request.officer().fullName()); // what court templates written before officers had titles print
        view.put("chainId", request.chain().chainId());
        view.put("registryContract", request.chain().registryContract());
        view.put("timeZoneNote", labels.getOrDefault("time.note", zone.getId()));

        List<Map<String, Object>> parties = new ArrayList<>();
        for (Party party : request.parties()) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", party.name());
            row.put("role", labels.first("role." + request.type().name() + "." + party.role().name(),
                    "role." + party.role().name()));
            if (party.idNumber() != null) {
                row.put("idNumber", party.idNumber());
            }
            parties.add(row);
        }
        view.put("parties", parties);

        view.put("facts", paragraphs(request.facts()));
        view.put("decision", paragraphs(request.decision()));
        switch (request.grounds()) {
            case Grounds.Settlement settlement -> view.put("settlement", paragraphs(settlement.summary()));
            case Grounds.Objection objection -> {
                view.put("objection", paragraphs(objection.objection()));
                view.put("reasoning", paragraphs(objection.reasoning()));
            }
        }

        List<Map<String, Object>> appendix = new ArrayList<>();
        int number = 1;
        for (AppendixItem item : request.appendix()) {
            Map<String, Object> row = new HashMap<>();
            row.put("number", number++);
            row.put("evidenceId", item.evidenceId().toString());
            row.put("kind", labels.get("kind." + item.kind().name()));
            row.put("sha256Head", item.sha256().substring(2, 34));
            row.put("sha256Tail", item.sha256().substring(34));
            row.put("status", labels.get("status." + item.statusAtIssue().name()));
            row.put("statusClass", "status-" + item.statusAtIssue().name().toLowerCase(java.util.Locale.ROOT));
            if (item.anchor() != null) {
                row.put("anchored", true);
                row.put("block", item.anchor().blockNumber());
                row.put("blockTime", time.format(item.anchor().blockTime()));
                row.put("txHead", item.anchor().transactionHash().substring(0, 34));
                row.put("txTail", item.anchor().transactionHash().substring(34));
            }
            appendix.add(row);
        }
        view.put("appendix", appendix);
        view.put("appendixCount", appendix.size());
        view.put("hasAppendix", !appendix.isEmpty());
        return view;
    }

    private static List<Map<String, String>> paragraphs(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> Map.of("text", line))
                .toList();
    }
}
