package org.painpath.evaluation.workup;

import static org.painpath.evaluation.ReferenceFacts.RF_07;
import static org.painpath.evaluation.ReferenceFacts.SAMS_14;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSet;
import org.painpath.core.code.ConditionCodeSets;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.evaluation.statin.CkReading;

/**
 * SAMS-14: raised CK with weakness that persists after the statin was stopped suggests statin-associated
 * (anti-HMGCR) autoimmune myopathy. Judged whether or not a statin is taken now: the sign itself says the
 * statin was stopped, and the myopathy is the one that outlasts the statin. CK counts as raised from this
 * result or from a repeat still raised (RF-07). The finding names the condition code to record, which rules
 * out every statin in a regimen check and a statin re-challenge.
 */
final class StatinAutoimmuneMyopathy {

  static final String CODE = "statin-associated-autoimmune-myopathy-suspected";

  private StatinAutoimmuneMyopathy() {}

  static Optional<Finding> assess(ClinicalSigns signs, @Nullable CkReading ck) {
    boolean ckRaised = (ck != null && ck.category().raised()) || signs.ckPersistentlyRaised().orElse(false);
    if (!ckRaised || !signs.weaknessPersistsAfterStoppingStatin().orElse(false)) {
      return Optional.empty();
    }
    CodeSet set = ConditionCodeSets.bundled().require(ConditionCodeSets.STATIN_AUTOIMMUNE_MYOPATHY);
    Code record = set.codes().get(0).code();
    List<Citation> citations = new ArrayList<>(List.of(SAMS_14, RF_07));
    citations.addAll(set.citations());
    Finding.Builder finding =
        Finding.builder(CODE, Severity.MAJOR)
            .about("statin")
            .message("Raised CK with weakness persisting after the statin was stopped: statin-associated autoimmune"
                + " myopathy (anti-HMGCR) possible. Specialist referral; do not re-expose to any statin (record it as "
                + record.system().label() + " " + record.code() + ", which rules statins out).")
            .value("weaknessPersistsAfterStoppingStatin", true)
            .value("conditionCode", record.system().label() + " " + record.code())
            .value("conditionSet", set.id())
            .citations(citations);
    if (ck != null) {
      finding.value("ck", ck.value().toPlainString()).value("upperLimit", ck.upperLimit().toPlainString());
    }
    signs.ckPersistentlyRaised().filter(Boolean::booleanValue).ifPresent(p -> finding.value("ckPersistentlyRaised", true));
    return Optional.of(finding.build());
  }
}
