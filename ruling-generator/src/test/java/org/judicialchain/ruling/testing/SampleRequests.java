package org.judicialchain.ruling.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.merkle.StandardMerkleTree;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.AnchorStatusAtIssue;
import org.judicialchain.ruling.document.AppendixItem;
import org.judicialchain.ruling.document.ChainAnchor;
import org.judicialchain.ruling.document.ChainReference;
import org.judicialchain.ruling.document.Grounds;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.ManifestEvidence;
import org.judicialchain.ruling.document.DocumentCopy;
import org.judicialchain.ruling.document.Officer;
import org.judicialchain.ruling.document.Party;
import org.judicialchain.ruling.document.PartyRole;
import org.judicialchain.ruling.document.RulingRequest;

/**
 * Realistic requests for tests and the benchmark: evidence leaves in one real Merkle batch
 * (evidence-core's AnchorLeaf and StandardMerkleTree), so every manifest proof is valid.
 */
public final class SampleRequests {

    public static final String CONTRACT = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
    public static final long CHAIN_ID = 1337;
    public static final URI VERIFY_BASE = URI.create("https://portal.court.example/verify/");

    private static final EvidenceKind[] KINDS = EvidenceKind.values();

    private SampleRequests() {
    }

    /** A batch of {@code count} evidence items and everything a document says about them. */
    public record Batch(List<AppendixItem> appendix, List<ManifestEvidence> manifest, String root) {
    }

    public static Batch batch(int count, long seed) {
        Bytes32 salt = Bytes32.of(sha256("salt" + seed));
        List<AnchorLeaf> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(new AnchorLeaf(new UUID(seed, i), Bytes32.of(sha256("file " + seed + "/" + i)), Bytes32.ZERO,
                    KINDS[i % KINDS.length].code(), AnchorLeaf.caseCommitment("(2026)京0105民特" + seed, salt),
                    Instant.parse("2026-03-01T08:00:00Z").plusSeconds(600L * i), AnchorLeaf.institutionTag("lender-7")));
        }
        StandardMerkleTree tree = StandardMerkleTree.of(leaves.stream().map(AnchorLeaf::hash).toList());
        String tx = "0x" + HexFormat.of().formatHex(sha256("tx" + seed));
        List<AppendixItem> appendix = new ArrayList<>();
        List<ManifestEvidence> manifest = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AnchorLeaf leaf = leaves.get(i);
            appendix.add(new AppendixItem(leaf.itemId(), KINDS[i % KINDS.length], leaf.sha256().hex0x(),
                    new ChainAnchor(4711, Instant.parse("2026-03-02T10:15:30Z"), tx), AnchorStatusAtIssue.VERIFIED));
            manifest.add(new ManifestEvidence(leaf.itemId(), leaf.jsonValues(), leaf.hash().hex0x(),
                    tree.proof(leaf.hash()).stream().map(Bytes32::hex0x).toList(), tree.root().hex0x()));
        }
        return new Batch(appendix, manifest, tree.root().hex0x());
    }

    public static RulingRequest confirmationZh(Batch batch) {
        return confirmation(Language.ZH_CN, batch, List.of(new Party("张伟", PartyRole.DEBTOR, "110101199001011234"),
                new Party("某某消费金融有限公司", PartyRole.CREDITOR)), 1);
    }

    public static RulingRequest confirmation(Language language, Batch batch, List<Party> parties, int factRepeats) {
        boolean zh = language == Language.ZH_CN;
        String fact = zh
                ? "申请人张*与申请人某某消费金融有限公司于2025年6月1日签订《个人消费借款合同》，借款本金人民币30000元。因逾期还款，双方于2026年2月经人民调解委员会主持达成调解协议。"
                : "The applicants W*** Li and Example Consumer Finance Co., Ltd. signed a consumer loan contract on 1 June 2025 for a principal of CNY 30,000. After late repayment, they settled before a people's mediation committee in February 2026.";
        StringBuilder facts = new StringBuilder();
        for (int i = 0; i < factRepeats; i++) {
            facts.append(fact).append('\n');
        }
        return new RulingRequest(new UUID(0x5eed, batch.appendix().size() + factRepeats + (zh ? 0 : 1000)),
                DocumentType.JUDICIAL_CONFIRMATION, language, copyFor(parties),
                zh ? "北京市朝阳区人民法院" : "Beijing Chaoyang District People's Court",
                zh ? "（2026）京0105民特1234号" : "(2026) Jing 0105 Min Te No. 1234", "bank-a:LOAN-2026-0001",
                parties, facts.toString(),
                new Grounds.Settlement(zh
                        ? "一、债务人于2026年3月31日前一次性偿还人民币25000元；\n二、债权人放弃其余利息及费用主张。"
                        : "1. The debtor pays CNY 25,000 in one sum by 31 March 2026.\n2. The creditor waives all further interest and fees."),
                zh ? "经审查，上述调解协议系双方当事人真实意思表示，内容不违反法律规定，确认该调解协议有效。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。"
                   : "The settlement reflects the true intention of both parties and does not violate the law. It is confirmed as valid; if a party fails to perform it, the other party may apply to the court for enforcement.",
                LocalDate.of(2026, 3, 5), new Officer(zh ? "李明" : "Li Ming", Officer.Title.JUDGE), batch.appendix(),
                new ChainReference(CHAIN_ID, CONTRACT), batch.manifest(), VERIFY_BASE);
    }

    public static RulingRequest objectionDecision(Language language, Batch batch) {
        boolean zh = language == Language.ZH_CN;
        return new RulingRequest(new UUID(0xdec1, batch.appendix().size() + (zh ? 0 : 1000)),
                DocumentType.OBJECTION_DECISION, language, DocumentCopy.PUBLIC,
                zh ? "北京市朝阳区人民法院" : "Beijing Chaoyang District People's Court",
                zh ? "（2026）京0105执异88号" : "(2026) Jing 0105 Zhi Yi No. 88", "bank-b:CARD-77",
                List.of(new Party(zh ? "王*" : "W*** Li", PartyRole.DEBTOR),
                        new Party(zh ? "某某资产管理有限公司" : "Example Asset Management Co.", PartyRole.CREDITOR)),
                zh ? "异议人称催收机构于2026年1月在22时后多次致电。" : "The objector states that the agency called several times after 22:00 in January 2026.",
                new Grounds.Objection(zh ? "请求确认上述催收行为违反催收规范。" : "The objector asks the court to find the calls in breach of the collection rules.",
                        zh ? "经核对链上存证的通话录音记录，三次通话发生于22时之后，且无债务人同意。" : "The anchored call records show three calls after 22:00 without the debtor's consent."),
                zh ? "异议成立，相关催收行为违反规定。" : "The objection is upheld.",
                LocalDate.of(2026, 3, 6), new Officer(zh ? "王芳" : "Wang Fang", Officer.Title.ARBITRATOR), batch.appendix(),
                new ChainReference(CHAIN_ID, CONTRACT), batch.manifest(), VERIFY_BASE);
    }

    /** A copy that prints an ID number is the served one; otherwise the masked public one. */
    private static DocumentCopy copyFor(List<Party> parties) {
        return parties.stream().anyMatch(p -> p.idNumber() != null) ? DocumentCopy.SERVED : DocumentCopy.PUBLIC;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
