package org.painpath.pathway.internal.workup;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.evaluation.redflag.RedFlagAssessment;
import org.painpath.pathway.event.RedFlagsAssessed;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.state.CaseState;

/** Translations from evaluation's answers into the pathway's events and vocabulary. */
final class EvaluationEvents {

  /** Evaluation's finding codes that name a cause the pathway treats or refers (SAMS-03, RF-07, SAMS-14). */
  static final Map<String, UnderlyingCause> CAUSES =
      Map.of(
          "hypothyroidism", UnderlyingCause.HYPOTHYROIDISM,
          "renal-impairment", UnderlyingCause.RENAL_IMPAIRMENT,
          "hepatic-impairment", UnderlyingCause.HEPATIC_IMPAIRMENT,
          "pmr-suspected", UnderlyingCause.POLYMYALGIA_RHEUMATICA,
          "vitamin-d-deficiency", UnderlyingCause.VITAMIN_D_DEFICIENCY,
          "primary-muscle-disease-suspected", UnderlyingCause.PRIMARY_MUSCLE_DISEASE,
          "statin-associated-autoimmune-myopathy-suspected", UnderlyingCause.STATIN_AUTOIMMUNE_MYOPATHY);

  static final String STATIN_SYMPTOMS = "statin-associated-muscle-symptoms";

  private EvaluationEvents() {}

  static List<UnderlyingCause> causes(List<Finding> findings) {
    return findings.stream().map(f -> CAUSES.get(f.code())).filter(java.util.Objects::nonNull).distinct().toList();
  }

  static RedFlagsAssessed assessed(LocalDate date, RedFlagAssessment assessment) {
    return new RedFlagsAssessed(
        date,
        assessment.flags().stream().map(Enum::name).sorted().toList(),
        assessment.imagingIndicated(),
        assessment.urgentReferral(),
        assessment.findings());
  }

  /** The red flags the case already holds, as evaluation's values. */
  static Set<RedFlag> flagsHeld(CaseState state) {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    RedFlagsAssessed held = state.redFlags();
    if (held != null) {
      held.present().forEach(name -> flags.add(RedFlag.valueOf(name)));
    }
    return flags;
  }

  /**
   * The findings that make a case urgent: rhabdomyolysis risk and anything at least major, never the
   * reassurance that imaging is not needed; all findings when none stands out, so a referral always
   * says why.
   */
  static List<Finding> urgentReasons(List<Finding> findings) {
    List<Finding> urgent =
        findings.stream()
            .filter(f -> !f.code().equals("imaging-not-indicated"))
            .filter(f -> f.code().equals("rhabdomyolysis-risk") || f.severity().atLeast(Severity.MAJOR))
            .toList();
    return urgent.isEmpty() ? findings : urgent;
  }
}
