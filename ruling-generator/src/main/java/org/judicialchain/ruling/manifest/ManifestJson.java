package org.judicialchain.ruling.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.ChainReference;
import org.judicialchain.ruling.document.DocumentCopy;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.ManifestEvidence;
import org.judicialchain.ruling.document.VerificationCode;

/**
 * manifest.json, written by hand with a tree so the format is stable whatever the records do:
 *
 * <pre>
 * { "format": "judicialchain.document-manifest.v1",
 *   "documentId": uuid, "documentType": "JUDICIAL_CONFIRMATION", "language": "zh-CN",
 *   "court": "...", "caseReference": "...", "caseNumber": "(2026)...号", "copy": "SERVED" | "PUBLIC",
 *   "issueDate": "2026-03-05", "verificationCode": "ABCDEFGHIJ",
 *   "chain": { "chainId": 1337, "registryContract": "0x..." },
 *   "leaf": { "encoding": [...AnchorLeaf.ENCODING], "names": [...AnchorLeaf.NAMES] },
 *   "evidence": [ { "evidenceId": uuid, "leafValues": [...], "leafHash": "0x...",
 *                   "proof": ["0x...", ...], "root": "0x..." } ] }
 * </pre>
 *
 * Each evidence entry checks exactly like an evidence receipt (docs/receipt.md).
 */
public final class ManifestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    public static byte[] write(DocumentManifest manifest) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", DocumentManifest.FORMAT);
        root.put("documentId", manifest.documentId().toString());
        root.put("documentType", manifest.type().name());
        root.put("language", manifest.language().tag());
        root.put("court", manifest.courtName());
        root.put("caseReference", manifest.caseReference());
        root.put("caseNumber", manifest.caseNumber());
        if (manifest.copy() != null) {
            root.put("copy", manifest.copy().name());
        }
        root.put("issueDate", manifest.issueDate().toString());
        root.put("verificationCode", manifest.verificationCode().value());
        ObjectNode chain = root.putObject("chain");
        chain.put("chainId", manifest.chain().chainId());
        chain.put("registryContract", manifest.chain().registryContract());
        ObjectNode leaf = root.putObject("leaf");
        AnchorLeaf.ENCODING.forEach(leaf.putArray("encoding")::add);
        AnchorLeaf.NAMES.forEach(leaf.putArray("names")::add);
        ArrayNode evidence = root.putArray("evidence");
        for (ManifestEvidence item : manifest.evidence()) {
            ObjectNode node = evidence.addObject();
            node.put("evidenceId", item.evidenceId().toString());
            item.leafValues().forEach(node.putArray("leafValues")::add);
            node.put("leafHash", item.leafHash());
            item.proof().forEach(node.putArray("proof")::add);
            node.put("root", item.root());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    public static DocumentManifest read(byte[] json) throws ManifestFormatException {
        return read(json, Integer.MAX_VALUE);
    }

    /** @throws ManifestTooLargeException when it lists more than {@code maxEvidence} items (counted before any is read) */
    public static DocumentManifest read(byte[] json, int maxEvidence) throws ManifestFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new ManifestFormatException("manifest is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ManifestFormatException("manifest is not a JSON object");
        }
        if (!DocumentManifest.FORMAT.equals(root.path("format").asText())) {
            throw new ManifestFormatException("manifest format is not " + DocumentManifest.FORMAT);
        }
        if (root.path("evidence").size() > maxEvidence) {
            throw new ManifestTooLargeException("the manifest lists " + root.path("evidence").size()
                    + " evidence items; a document is verified with at most " + maxEvidence);
        }
        try {
            List<ManifestEvidence> evidence = new ArrayList<>();
            for (JsonNode node : array(root, "evidence")) {
                evidence.add(new ManifestEvidence(UUID.fromString(text(node, "evidenceId")), strings(node, "leafValues"),
                        text(node, "leafHash"), strings(node, "proof"), text(node, "root")));
            }
            JsonNode chain = root.path("chain");
            return new DocumentManifest(UUID.fromString(text(root, "documentId")),
                    DocumentType.valueOf(text(root, "documentType")), language(text(root, "language")),
                    text(root, "court"), text(root, "caseReference"), optionalText(root, "caseNumber"),
                    Optional.ofNullable(optionalText(root, "copy")).map(DocumentCopy::valueOf).orElse(null), LocalDate.parse(text(root, "issueDate")),
                    new VerificationCode(text(root, "verificationCode")),
                    new ChainReference(chain.path("chainId").asLong(-1), text(chain, "registryContract")), evidence);
        } catch (RuntimeException e) {
            throw new ManifestFormatException("manifest content is malformed: " + e.getMessage(), e);
        }
    }

    private static Language language(String tag) {
        for (Language language : Language.values()) {
            if (language.tag().equals(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language " + tag);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return value.asText();
    }

    /** A field later documents carry and earlier ones lack: null when absent, refused when not a string. */
    private static String optionalText(JsonNode node, String field) {
        return node.has(field) ? text(node, field) : null;
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array");
        }
        return value;
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : array(node, field)) {
            if (!element.isTextual()) {
                throw new IllegalArgumentException("'" + field + "' must hold strings");
            }
            out.add(element.asText());
        }
        return out;
    }
}
