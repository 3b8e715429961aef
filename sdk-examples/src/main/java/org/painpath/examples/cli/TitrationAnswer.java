package org.painpath.examples.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;

/**
 * The answer of {@code titrate}: each step holds from its day until the next. {@code
 * targetReachedOnDay} is null when the schedule has no steps (a contraindicated drug: the notes say
 * why).
 */
record TitrationAnswer(
    String drug,
    Indication indication,
    List<Step> steps,
    @Nullable Integer targetReachedOnDay,
    List<Finding> notes,
    List<SourceList.Entry> sources)
    implements Answer {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  /** From {@code day} on: the day's doses at their clock times ({@code frequency} Q48H: every other day). */
  record Step(int day, DailyDose dailyTotal, String frequency, List<TimedAmount> doses) {}

  /** One administration. */
  record TimedAmount(Dose amount, String time) {}

  static TitrationAnswer of(TitrationSchedule schedule) {
    List<Step> steps = schedule.steps().stream().map(TitrationAnswer::step).toList();
    List<Citation> cited = new ArrayList<>();
    schedule.notes().forEach(n -> cited.addAll(n.citations()));
    return new TitrationAnswer(
        schedule.drug(),
        schedule.indication(),
        steps,
        schedule.targetReachedOnDay().orElse(null),
        schedule.notes(),
        SourceList.of(cited));
  }

  static Step step(TitrationStep step) {
    List<TimedAmount> doses =
        step.schedule().doses().stream().map(d -> new TimedAmount(d.dose(), CLOCK.format(d.time()))).toList();
    return new Step(step.day(), step.dailyTotal(), step.frequency().code(), doses);
  }

  @Override
  public String text() {
    StringBuilder t = new StringBuilder("Titration: ").append(drug).append(", indication ").append(indication).append('\n');
    if (steps.isEmpty()) {
      t.append("  No schedule: this drug is not to be started for this patient (see the notes).\n");
    }
    for (Step s : steps) {
      t.append(String.format("  day %3d  %-14s", s.day(), s.dailyTotal()));
      List<String> doses = s.doses().stream().map(d -> d.amount() + " at " + d.time()).toList();
      t.append(String.join(", ", doses));
      if (s.frequency().equals("Q48H")) {
        t.append(" (every other day)");
      }
      t.append('\n');
    }
    if (targetReachedOnDay != null) {
      t.append("  Target reached on day ").append(targetReachedOnDay).append(".\n");
    }
    if (!notes.isEmpty()) {
      t.append("Notes:\n");
      notes.forEach(n -> t.append(FindingView.of(n).line("  ")).append('\n'));
    }
    t.append(SourceList.text(sources));
    return t.toString();
  }
}
