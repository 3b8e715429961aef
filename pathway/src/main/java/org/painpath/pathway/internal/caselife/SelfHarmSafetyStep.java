package org.painpath.pathway.internal.caselife;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;
import org.painpath.evaluation.psychosocial.PsychosocialFlag;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.AssessSafety;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.state.CaseState;

/**
 * OUT-08: when the latest PHQ-9 on or before the plan's date endorses item 9, a same-day safety assessment
 * is the plan's first step, before an urgent referral and every other step. Read from the scores themselves
 * (evaluation's one rule, {@link Score#selfHarmRisk()}), never from a profile event a log may lack; a later
 * PHQ-9 with item 9 at 0 ends it.
 */
public final class SelfHarmSafetyStep implements Advisor {

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    return latestPhq9(state, asOf)
        .filter(s -> s.score().selfHarmRisk())
        .<List<Recommendation>>map(s -> List.of(assess(s, asOf)))
        .orElse(List.of());
  }

  private record Dated(LocalDate on, Score score) {}

  private static Optional<Dated> latestPhq9(CaseState state, LocalDate asOf) {
    List<OutcomeMeasured> outcomes = state.outcomes();
    for (int i = outcomes.size() - 1; i >= 0; i--) { // the log is in date order: walk back from the latest
      OutcomeMeasured o = outcomes.get(i);
      if (!o.date().isAfter(asOf) && Instrument.parse(o.instrument()) == Instrument.PHQ9) {
        return Optional.of(new Dated(o.date(), Instrument.PHQ9.score(o.items())));
      }
    }
    return Optional.empty();
  }

  private static Recommendation assess(Dated phq9, LocalDate asOf) {
    int item9 = phq9.score().item(Score.PHQ9_SELF_HARM_ITEM).orElseThrow();
    return new AssessSafety(
        asOf,
        phq9.on(),
        item9,
        "PHQ-9 of " + phq9.on() + " answers item 9 (thoughts of self-harm) " + item9 + " (total "
            + phq9.score().total().toPlainString() + "): assess safety today, before any other step, whatever the total.",
        List.of(PsychosocialFlag.SELF_HARM_RISK.threshold().citation()));
  }
}
