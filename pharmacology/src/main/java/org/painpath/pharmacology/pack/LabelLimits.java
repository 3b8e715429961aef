package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.pharmacology.limits.DoseHold;
import org.painpath.pharmacology.limits.StartDose;
import org.apiguardian.api.API;

/**
 * A drug's adult label values as the limits start from them: amounts already turned into doses, and
 * the citations of every value used, in the order they are cited. Worked out once per drug when the
 * pack is first used for it ({@link DosingRules#label()}), not for every patient.
 *
 * @param step absent when the drug is not titrated
 * @param minDaysBetweenSteps 0 when the label gives none
 * @param recommendedDaysBetweenSteps never shorter than the minimum
 */
@API(status = EXPERIMENTAL)
public record LabelLimits(
    StartDose start,
    DailyDose maxDaily,
    @Nullable DailyDose step,
    int minDaysBetweenSteps,
    int recommendedDaysBetweenSteps,
    @Nullable DailyDose targetMin,
    @Nullable DailyDose targetMax,
    @Nullable Dose maxSingle,
    List<DoseHold> holds,
    @Nullable Integer minHoursBetweenDoses,
    List<Citation> citations) {

  public LabelLimits {
    holds = List.copyOf(holds);
    citations = List.copyOf(citations);
  }

  static LabelLimits of(DosingRules d) {
    List<Citation> cited = new ArrayList<>();
    cite(cited, d.start().dose().citation());
    cite(cited, d.maxDaily().citation());
    DailyDose step = null;
    if (d.step().isPresent()) {
      cite(cited, d.step().get().citation());
      step = d.step().get().asDailyDose();
    }
    int minDays = 0;
    if (d.minDaysBetweenSteps().isPresent()) {
      cite(cited, d.minDaysBetweenSteps().get().citation());
      minDays = d.minDaysBetweenSteps().get().value();
    }
    int recommended = minDays;
    if (d.recommendedDaysBetweenSteps().isPresent()) {
      cite(cited, d.recommendedDaysBetweenSteps().get().citation());
      recommended = Math.max(minDays, d.recommendedDaysBetweenSteps().get().value());
    }
    DailyDose targetMin = null;
    DailyDose targetMax = null;
    if (d.target().isPresent()) {
      TargetRange t = d.target().get();
      cite(cited, t.min().citation());
      targetMin = t.min().asDailyDose();
      cite(cited, t.max().citation());
      targetMax = t.max().asDailyDose();
    }
    Dose maxSingle = null;
    if (d.maxSingle().isPresent()) {
      cite(cited, d.maxSingle().get().citation());
      maxSingle = d.maxSingle().get().asDose();
    }
    cite(cited, d.frequenciesCitation());
    List<DoseHold> holds = new ArrayList<>();
    for (Hold h : d.holds()) {
      cite(cited, h.atDaily().citation());
      cite(cited, h.days().citation());
      Optional<DailyDose> thenStepTo = Optional.empty();
      if (h.thenStep() != null) {
        cite(cited, h.thenStep().toDaily().citation());
        thenStepTo = Optional.of(h.thenStep().toDaily().asDailyDose());
      }
      holds.add(new DoseHold(h.atDaily().asDailyDose(), h.days().value(), h.days().citation(), thenStepTo));
    }
    Integer minHours = null;
    if (d.minHoursBetweenDoses().isPresent()) {
      cite(cited, d.minHoursBetweenDoses().get().citation());
      minHours = d.minHoursBetweenDoses().get().value();
    }
    StartDose start = new StartDose(d.start().dose().asDose(), d.start().frequency());
    return new LabelLimits(
        start, d.maxDaily().asDailyDose(), step, minDays, recommended, targetMin, targetMax, maxSingle, holds, minHours, cited);
  }

  private static void cite(List<Citation> cited, Citation citation) {
    if (!cited.contains(citation)) {
      cited.add(citation);
    }
  }
}
