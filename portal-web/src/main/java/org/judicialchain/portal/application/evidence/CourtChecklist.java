package org.judicialchain.portal.application.evidence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.VerifyingEvidence.DigestVerification;
import org.judicialchain.portal.application.evidence.VerifyingEvidence.MatchResult;
import org.judicialchain.portal.application.evidence.ChecklistWording.Fact;
import org.judicialchain.portal.application.evidence.ChecklistWording.Phrase;
import org.judicialchain.portal.domain.evidence.CaptureDetails;

/**
 * A verification answered the way a court examines blockchain evidence (Online Litigation Rules arts. 16-19):
 * one point per article, each PASS, ATTENTION or FAIL with the fact behind it, taken from the verification
 * itself. The facts are the chain's; the judgement stays the court's. Each fact is worded in English (the API's
 * {@code fact}) and in Chinese ({@link ChecklistWording}), so that a Chinese court reads its checklist in Chinese.
 */
public final class CourtChecklist {

    public enum Outcome { PASS, ATTENTION, FAIL }

    /**
     * @param article "16" to "19"; {@code point} names what the article asks
     * @param wording the fact by language tag ("en", "zh-CN")
     */
    public record Point(String article, String point, Outcome outcome, Map<String, String> wording) {

        /** The fact in English. */
        public String fact() {
            return wording.get("en");
        }
    }

    /**
     * @param platformStatement who runs the chain and why it is neutral (portal.verify.platform-statement)
     * @param attentionAfter    a capture-to-anchoring gap longer than this is flagged ATTENTION
     */
    public record Settings(String platformStatement, Duration attentionAfter) {
    }

    private CourtChecklist() {
    }

    public static List<Point> of(DigestVerification v, long chainId, String contract, Settings settings) {
        Optional<MatchResult> best = v.matches().stream().filter(m -> m.verdict() == Verdict.VERIFIED).findFirst()
                .or(() -> v.matches().stream().findFirst());
        Optional<BatchAnchor> anchor = best.flatMap(MatchResult::check).flatMap(c -> c.onChainAnchor());
        List<Point> points = new ArrayList<>();
        points.add(timeOnChain(v, anchor, chainId));
        points.add(platform(v, best, chainId, contract, settings));
        points.add(beforeTheChain(best, anchor, settings));
        points.add(nextSteps(v, best));
        return points;
    }

    private static Point point(String article, String what, Outcome outcome, Fact fact) {
        return new Point(article, what, outcome, ChecklistWording.wordings(fact));
    }

    private static Point timeOnChain(DigestVerification v, Optional<BatchAnchor> anchor, long chainId) {
        String what = "time on chain and integrity";
        return switch (v.verdict()) {
            case VERIFIED, ANCHORED_BY_UNBOUND_ACCOUNT -> point("16", what, Outcome.PASS, anchor
                    .map(a -> Fact.of(new Phrase("a16.anchored", chainId, a.blockNumber(), a.blockTime())))
                    .orElseGet(() -> Fact.of(v.directAnchor().map(d -> new Phrase("a16.directAt", d.blockNumber(), d.blockTime()))
                            .orElse(new Phrase("a16.direct")))));
            case PENDING -> point("16", what, Outcome.ATTENTION, Fact.of(new Phrase("a16.pending")));
            case MISMATCH -> point("16", what, Outcome.FAIL, Fact.of(new Phrase("a16.mismatch", String.join("; ", problems(v)))));
            case NOT_FOUND -> point("16", what, Outcome.FAIL, Fact.of(new Phrase("a16.notFound")));
        };
    }

    private static Point platform(DigestVerification v, Optional<MatchResult> best, long chainId, String contract,
                                  Settings settings) {
        String what = "the platform and who anchored";
        Phrase where = new Phrase("a17.where", chainId, contract, settings.platformStatement());
        Optional<AnchoringParty> by = best.flatMap(MatchResult::anchoredBy).or(v::directAnchoredBy);
        if (by.isEmpty()) {
            return point("17", what, v.verdict() == Verdict.PENDING ? Outcome.ATTENTION : Outcome.FAIL,
                    Fact.of(new Phrase("a17.none"), where));
        }
        AnchoringParty party = by.get();
        Phrase who = party.portal() ? new Phrase("a17.portal", party.account())
                : party.institution().map(i -> new Phrase("a17.bound", party.account(), i))
                .orElseGet(() -> new Phrase("a17.unbound", party.account(), party.institutionTag().hex0x()));
        return point("17", what, v.verdict() == Verdict.VERIFIED ? Outcome.PASS : Outcome.ATTENTION, Fact.of(who, where));
    }

    private static Point beforeTheChain(Optional<MatchResult> best, Optional<BatchAnchor> anchor, Settings settings) {
        String what = "provenance before the chain";
        if (best.isEmpty()) {
            return point("18", what, Outcome.FAIL, Fact.of(new Phrase("a18.noRecord")));
        }
        EvidenceRecord r = best.get().evidence().record();
        CaptureDetails capture = best.get().evidence().capture();
        Phrase how = !capture.stated() ? new Phrase("a18.captureUnknown")
                : capture.method().isPresent() && capture.device().isPresent()
                ? new Phrase("a18.capturedByOn", capture.method().get(), capture.device().get())
                : capture.method().map(m -> new Phrase("a18.capturedBy", m))
                .orElseGet(() -> new Phrase("a18.capturedOn", capture.device().orElse("")));
        List<Phrase> source = List.of(new Phrase("a18.source", submitter(r.submitter()), new Phrase("kind." + r.kind().name()),
                r.capturedAt()), how, new Phrase(r.hashOnly() ? "a18.hashOnly" : "a18.fileHeld"));
        if (anchor.isEmpty()) {
            return point("18", what, Outcome.ATTENTION, new Fact(List.of(List.of(new Phrase("a18.notAnchored")), source)));
        }
        Duration gap = Duration.between(r.capturedAt(), anchor.get().blockTime());
        boolean late = gap.compareTo(settings.attentionAfter()) > 0;
        Phrase time = late ? new Phrase("a18.late", duration(gap), duration(settings.attentionAfter()))
                : new Phrase("a18.gap", duration(gap));
        return point("18", what, late ? Outcome.ATTENTION : Outcome.PASS, new Fact(List.of(List.of(time), source)));
    }

    private static Point nextSteps(DigestVerification v, Optional<MatchResult> best) {
        String what = "what a party can ask for next";
        if (best.isPresent() && v.verdict() != Verdict.NOT_FOUND) {
            return point("19", what, Outcome.PASS, Fact.of(new Phrase("a19.receipt", best.get().evidence().record().id())));
        }
        return point("19", what, Outcome.ATTENTION, Fact.of(new Phrase("a19.nothing")));
    }

    private static List<String> problems(DigestVerification v) {
        List<String> all = new ArrayList<>(v.problems());
        v.matches().forEach(m -> all.addAll(m.problems()));
        return all.isEmpty() ? List.of("see the problems listed") : all;
    }

    /** A debtor submits as {@code party:<id>}: the checklist says "the debtor", never the id. */
    private static Object submitter(String submitter) {
        return submitter.startsWith("party:") ? new Phrase("submitter.debtor") : submitter;
    }

    static Phrase duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 120) {
            return new Phrase("duration.s", seconds);
        }
        if (seconds < 2 * 3600) {
            return new Phrase("duration.min", seconds / 60);
        }
        if (seconds < 2 * 86_400) {
            return new Phrase("duration.h", seconds / 3600);
        }
        return new Phrase("duration.days", seconds / 86_400);
    }
}
