package org.painpath.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.EgfrReport;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.pharmacology.limits.AppliedRules;
import org.painpath.pharmacology.limits.AppliedRules.AgeRuleApplied;
import org.painpath.pharmacology.limits.DoseHold;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.limits.LimitSource;

/**
 * The answer of {@code limits}. {@code step}, {@code target} and {@code maxSingle} are null where they
 * do not apply (a patch is not stepped; a gel has no single-dose ceiling).
 */
record LimitsAnswer(
    String drug,
    String rxnorm,
    Indication indication,
    boolean avoid,
    Start start,
    @Nullable DailyDose step,
    int minDaysBetweenSteps,
    int recommendedDaysBetweenSteps,
    Pace pace,
    @Nullable Target target,
    DailyDose maxDaily,
    LimitSource maxDailySource,
    @Nullable Dose maxSingle,
    List<String> frequencies,
    List<Finding> reasons,
    List<Citation> citations,
    EgfrView egfr,
    List<SourceList.Entry> sources)
    implements Answer {

  /** The first dose and how often: {@code timesPerDay} is exact (0.5 for every other day). */
  record Start(Dose dose, String frequency, BigDecimal timesPerDay, DailyDose daily) {}

  /**
   * The pace rules beyond the step interval: the age or frailty rule that slows the start and steps
   * (null when none applies), the holds at a dose before a step above it (PGB-02), and the least hours
   * between two doses of a day (BUP-01; null when the label sets none).
   */
  record Pace(@Nullable AgeRuleApplied ageRule, List<DoseHold> holds, @Nullable Integer minHoursBetweenDoses) {}

  /** The target daily range. */
  record Target(@Nullable DailyDose min, @Nullable DailyDose max) {}

  static LimitsAnswer of(DoseLimits limits, EgfrReport egfr) {
    Target target =
        limits.targetMin().isEmpty() && limits.targetMax().isEmpty()
            ? null
            : new Target(limits.targetMin().orElse(null), limits.targetMax().orElse(null));
    List<Citation> citations = limits.citations().stream().distinct().toList();
    return new LimitsAnswer(
        limits.drug(),
        limits.rxNorm().code(),
        limits.indication(),
        limits.avoid(),
        new Start(
            limits.start().dose(),
            limits.start().frequency().code(),
            limits.start().frequency().perDay(),
            limits.start().daily()),
        limits.step().orElse(null),
        limits.minDaysBetweenSteps(),
        limits.recommendedDaysBetweenSteps(),
        new Pace(limits.ageRule().orElse(null), limits.holds(), limits.minHoursBetweenDoses().orElse(null)),
        target,
        limits.maxDaily(),
        limits.maxDailySource(),
        limits.maxSingle().orElse(null),
        limits.frequencies().stream().map(f -> f.code()).toList(),
        limits.reasons(),
        citations,
        EgfrView.of(egfr),
        SourceList.of(allCitations(limits, egfr)));
  }

  private static List<Citation> allCitations(DoseLimits limits, EgfrReport egfr) {
    List<Citation> all = new ArrayList<>(limits.citations());
    all.addAll(egfr.citations());
    limits.ageRule().ifPresent(a -> all.add(a.citation()));
    limits.holds().forEach(h -> all.add(h.citation()));
    limits.reasons().forEach(r -> all.addAll(r.citations()));
    return all;
  }

  @Override
  public String text() {
    StringBuilder t = new StringBuilder();
    t.append("Dose limits: ").append(drug).append(" (RxNorm ").append(rxnorm).append("), indication ").append(indication).append('\n');
    if (avoid) {
      t.append("  AVOID for this patient: see the reasons below.\n");
    }
    t.append("  Start:       ").append(start.dose()).append(' ').append(start.frequency())
        .append(" (").append(start.daily()).append(")\n");
    if (step != null) {
      t.append("  Step:        +").append(step).append(", at least ").append(minDaysBetweenSteps)
          .append(minDaysBetweenSteps == 1 ? " day" : " days").append(" apart (recommended ").append(recommendedDaysBetweenSteps).append(")\n");
    }
    t.append(paceText());
    if (target != null) {
      t.append("  Target:      ").append(range(target)).append('\n');
    }
    t.append("  Max daily:   ").append(maxDaily).append(" (set by ").append(maxDailySource).append(")\n");
    if (maxSingle != null) {
      t.append("  Max single:  ").append(maxSingle).append('\n');
    }
    t.append("  Frequencies: ").append(String.join(", ", frequencies)).append('\n');
    t.append("  ").append(egfr.line()).append('\n');
    if (!reasons.isEmpty()) {
      t.append("Reasons:\n");
      reasons.forEach(r -> t.append(FindingView.of(r).line("  ")).append('\n'));
    }
    t.append("Cited: ").append(Cites.inline(citations)).append('\n');
    t.append(SourceList.text(sources));
    return t.toString();
  }

  private String paceText() {
    StringBuilder t = new StringBuilder();
    AgeRuleApplied age = pace.ageRule();
    if (age != null) {
      t.append("  Slower:      start and steps for ")
          .append(age.appliedFor() == AppliedRules.AppliedFor.FRAILTY ? "frailty" : "age " + age.fromAge() + " or over")
          .append(' ').append(Cites.inline(List.of(age.citation()))).append('\n');
    }
    for (DoseHold hold : pace.holds()) {
      t.append("  Hold:        ").append(hold.days()).append(" days at ").append(hold.atDaily())
          .append(" before a step above it ").append(Cites.inline(List.of(hold.citation()))).append('\n');
    }
    Integer hours = pace.minHoursBetweenDoses();
    if (hours != null) {
      t.append("  Spacing:     at least ").append(hours).append(" hours between doses\n");
    }
    return t.toString();
  }

  private static String range(Target target) {
    DailyDose min = target.min();
    DailyDose max = target.max();
    if (min != null && max != null) {
      return min.equals(max) ? min.toString() : min.amount() + " to " + max;
    }
    return min != null ? "at least " + min : "up to " + max;
  }
}
