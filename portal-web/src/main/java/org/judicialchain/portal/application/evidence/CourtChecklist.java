package org.judicialchain.portal.application.evidence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.VerifyingEvidence.DigestVerification;
import org.judicialchain.portal.application.evidence.VerifyingEvidence.MatchResult;
import org.judicialchain.portal.domain.evidence.CaptureDetails;

/**
 * A verification answered the way a court examines blockchain evidence (Online Litigation Rules arts. 16-19):
 * one point per article, each PASS, ATTENTION or FAIL with the fact behind it, taken from the verification
 * itself. The facts are the chain's; the judgement stays the court's.
 */
public final class CourtChecklist {

    public enum Outcome { PASS, ATTENTION, FAIL }

    /** @param article "16" to "19"; {@code point} names what the article asks */
    public record Point(String article, String point, Outcome outcome, String fact) {
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
        points.add(platform(v, best, anchor, chainId, contract, settings));
        points.add(beforeTheChain(best, anchor, settings));
        points.add(nextSteps(v, best));
        return points;
    }

    private static Point timeOnChain(DigestVerification v, Optional<BatchAnchor> anchor, long chainId) {
        String what = "time on chain and integrity";
        return switch (v.verdict()) {
            case VERIFIED, ANCHORED_BY_UNBOUND_ACCOUNT -> anchor.map(a -> new Point("16", what, Outcome.PASS, "anchored on chain "
                    + chainId + " in block " + a.blockNumber() + " at " + a.blockTime() + "; unchanged since then: the record"
                    + " reproduces the anchored leaf and its proof leads to the root the registry holds")).orElseGet(() ->
                    new Point("16", what, Outcome.PASS, "anchored directly on the registry"
                            + v.directAnchor().map(d -> " in block " + d.blockNumber() + " at " + d.blockTime()).orElse("")));
            case PENDING -> new Point("16", what, Outcome.ATTENTION, "recorded by the portal, not on chain yet: the batch"
                    + " is anchored within seconds; ask again");
            case MISMATCH -> new Point("16", what, Outcome.FAIL, "the record no longer agrees with the chain: "
                    + String.join("; ", problems(v)));
            case NOT_FOUND -> new Point("16", what, Outcome.FAIL, "no record and no anchor of this digest");
        };
    }

    private static Point platform(DigestVerification v, Optional<MatchResult> best, Optional<BatchAnchor> anchor, long chainId,
                                  String contract, Settings settings) {
        String what = "the platform and who anchored";
        String where = "chain " + chainId + ", registry contract " + contract + ". " + settings.platformStatement();
        Optional<AnchoringParty> by = best.flatMap(MatchResult::anchoredBy).or(v::directAnchoredBy);
        if (by.isEmpty()) {
            return new Point("17", what, v.verdict() == Verdict.PENDING ? Outcome.ATTENTION : Outcome.FAIL,
                    "no anchor to attribute; " + where);
        }
        AnchoringParty party = by.get();
        String who = "anchored by account " + party.account() + (party.portal() ? ", this portal's anchoring account"
                : party.institution().map(i -> ", bound on the registry to " + i).orElse(", bound to no institution this portal"
                + " knows (tag " + party.institutionTag().hex0x() + ")"));
        Outcome outcome = v.verdict() == Verdict.VERIFIED ? Outcome.PASS : Outcome.ATTENTION;
        return new Point("17", what, outcome, who + "; " + where);
    }

    private static Point beforeTheChain(Optional<MatchResult> best, Optional<BatchAnchor> anchor, Settings settings) {
        String what = "provenance before the chain";
        if (best.isEmpty()) {
            return new Point("18", what, Outcome.FAIL, "no record: nothing is known of where the file came from");
        }
        EvidenceRecord r = best.get().evidence().record();
        String held = r.hashOnly() ? "only its digest is held (the file stays with its owner, who must produce it)"
                : "the file itself is held by the portal (SHA-256 and SM3 computed as it arrived)";
        CaptureDetails capture = best.get().evidence().capture();
        String how = capture.stated() ? "captured" + capture.method().map(m -> " by " + m).orElse("")
                + capture.device().map(x -> " on " + x).orElse("") + " (as the submitter states)"
                : "capture method and device were not recorded by the submitter";
        String source = " Submitted by " + VerifiedFacts.submitter(r.submitter()) + " as " + r.kind() + ", captured at "
                + r.capturedAt() + "; " + how + "; " + held + ".";
        if (anchor.isEmpty()) {
            return new Point("18", what, Outcome.ATTENTION, "not anchored yet." + source);
        }
        Duration gap = Duration.between(r.capturedAt(), anchor.get().blockTime());
        boolean late = gap.compareTo(settings.attentionAfter()) > 0;
        return new Point("18", what, late ? Outcome.ATTENTION : Outcome.PASS, VerifiedFacts.duration(gap)
                + " between capture and anchoring" + (late ? ", more than " + VerifiedFacts.duration(settings.attentionAfter())
                + ": the item existed off chain that long, and only the submitter vouches for that time" : "") + "." + source);
    }

    private static Point nextSteps(DigestVerification v, Optional<MatchResult> best) {
        String what = "what a party can ask for next";
        if (best.isPresent() && v.verdict() != Verdict.NOT_FOUND) {
            return new Point("19", what, Outcome.PASS, "a party to the case can obtain the self-contained receipt of evidence "
                    + best.get().evidence().record().id() + " (GET /api/v1/evidence/{id}/receipt) and have it checked"
                    + " independently against any node of the chain, without this portal (docs/receipt.md); an expert may"
                    + " be asked to examine the file against its SHA-256 and SM3");
        }
        return new Point("19", what, Outcome.ATTENTION, "nothing here to examine further: ask the submitting party for the"
                + " original file and its receipt");
    }

    private static List<String> problems(DigestVerification v) {
        List<String> all = new ArrayList<>(v.problems());
        v.matches().forEach(m -> all.addAll(m.problems()));
        return all.isEmpty() ? List.of("see the problems listed") : all;
    }

    /** Small wording helpers shared by the points. */
    static final class VerifiedFacts {
        private VerifiedFacts() {
        }

        static String submitter(String submitter) {
            return submitter.startsWith("party:") ? "the debtor" : submitter;
        }

        static String duration(Duration d) {
            long seconds = Math.max(0, d.toSeconds());
            if (seconds < 120) {
                return seconds + " s";
            }
            if (seconds < 2 * 3600) {
                return seconds / 60 + " min";
            }
            if (seconds < 2 * 86_400) {
                return seconds / 3600 + " h";
            }
            return seconds / 86_400 + " days";
        }
    }
}
