package org.painpath.examples.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.regimen.Verdict;
import org.painpath.pharmacology.titration.TitrationStep;

/**
 * The answer of {@code validate}: the verdict over every finding (REJECTED iff one blocks; with warnings
 * iff one is MODERATE or MAJOR), each order as the step it is (its trial day, daily total and doses at
 * their clock times, and the codes of the findings about that day), the dose in force on the as-of date
 * and since when, then every finding and the sources they cite.
 */
record ValidateAnswer(
    String drug,
    Indication indication,
    Verdict verdict,
    List<Order> orders,
    Current current,
    List<Finding> findings,
    List<SourceList.Entry> sources)
    implements Answer {

  /** An order as the step it is; {@code findings} are the codes of the findings about its day. */
  record Order(LocalDate date, int day, DailyDose dailyTotal, String frequency, List<TitrationAnswer.TimedAmount> doses, List<String> findings) {}

  /**
   * The order in force on {@code asOf}: its daily total, since when, and for how many days; all null
   * when every order is after {@code asOf} (a planned course not started yet).
   */
  record Current(LocalDate asOf, @Nullable DailyDose dailyTotal, @Nullable LocalDate since, @Nullable Long daysHeld) {}

  static ValidateAnswer of(ValidateInput input, List<TitrationStep> steps, List<Finding> findings, LocalDate asOf) {
    List<Order> orders = new ArrayList<>();
    Current current = new Current(asOf, null, null, null);
    for (int i = 0; i < steps.size(); i++) {
      TitrationAnswer.Step step = TitrationAnswer.step(steps.get(i));
      LocalDate date = input.orders().get(i).date();
      List<String> codes = aboutDay(findings, step.day()).stream().map(Finding::code).toList();
      orders.add(new Order(date, step.day(), step.dailyTotal(), step.frequency(), step.doses(), codes));
      if (!date.isAfter(asOf)) {
        current = new Current(asOf, step.dailyTotal(), date, ChronoUnit.DAYS.between(date, asOf));
      }
    }
    List<Citation> cited = new ArrayList<>();
    findings.forEach(f -> cited.addAll(f.citations()));
    return new ValidateAnswer(
        input.drug(), input.indicationOrDefault(), Verdict.of(findings), orders, current, findings, SourceList.of(cited));
  }

  /** The findings about one trial day (their {@code day} value). */
  private static List<Finding> aboutDay(List<Finding> findings, int day) {
    return findings.stream().filter(f -> String.valueOf(day).equals(f.values().get("day"))).toList();
  }

  @Override
  public String text() {
    StringBuilder t = new StringBuilder("Orders of ").append(drug).append(", indication ").append(indication)
        .append(": ").append(verdict).append('\n');
    for (Order o : orders) {
      List<String> doses = o.doses().stream().map(d -> d.amount() + " at " + d.time()).toList();
      t.append(String.format("  %s  day %3d  %-14s", o.date(), o.day(), o.dailyTotal())).append(String.join(", ", doses))
          .append(o.frequency().equals("Q48H") ? " (every other day)" : "").append('\n');
      aboutDay(findings, o.day()).forEach(f -> t.append(FindingView.of(f).line("      ")).append('\n'));
    }
    t.append(currentLine()).append('\n');
    List<Finding> overall = findings.stream().filter(f -> !f.values().containsKey("day")).toList();
    if (!overall.isEmpty()) {
      t.append("For the whole course:\n");
      overall.forEach(f -> t.append(FindingView.of(f).line("  ")).append('\n'));
    }
    if (findings.isEmpty()) {
      t.append("  No findings: every order is within the limits painpath checks for this patient.\n");
    }
    t.append(SourceList.text(sources));
    return t.toString();
  }

  private String currentLine() {
    if (current.since() == null) {
      return "  On " + current.asOf() + " no order is in force yet: the first starts on " + orders.get(0).date() + ".";
    }
    long days = current.daysHeld() == null ? 0 : current.daysHeld();
    return "  On " + current.asOf() + ": " + current.dailyTotal() + " since " + current.since() + " (" + days
        + (days == 1 ? " day" : " days") + ").";
  }
}
