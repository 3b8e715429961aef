package org.painpath.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.samples.SampleCase;

/**
 * One sample case walked through the pathway, visit by visit: the events recorded on each date, then
 * what the pathway recommends after that visit (each step with why and its citations), and at the end
 * the plan as of the case's date and the sources it cited, resolved to titles.
 */
final class DemoWalk {

  private DemoWalk() {}

  static String of(int number, int of, SampleCase sample, Pathway pathway) {
    StringBuilder t = new StringBuilder();
    t.append("=== Case ").append(number).append(" of ").append(of).append(": ").append(sample.name()).append(" ===\n");
    t.append(sample.title()).append('\n');
    t.append("Patient: ").append(PatientLine.of(sample.log().patient())).append("\n\n");
    List<Citation> cited = new ArrayList<>();
    CaseLog sofar = CaseLog.start(sample.log().patient());
    for (Map.Entry<LocalDate, List<PathwayEvent>> visit : visits(sample.log().events()).entrySet()) {
      t.append("Visit ").append(visit.getKey()).append(":\n");
      visit.getValue().forEach(e -> t.append("  recorded ").append(EventLine.of(e)).append('\n'));
      sofar = sofar.append(visit.getValue());
      if (visit.getKey().isBefore(sample.asOf())) {
        Plan plan = pathway.plan(sofar, visit.getKey());
        t.append(PlanText.of(plan.state(), plan.recommendations(), plan.warnings(), "  "));
        collect(plan, cited);
      }
      t.append('\n');
    }
    Plan plan = pathway.plan(sample.log(), sample.asOf());
    t.append("Plan as of ").append(sample.asOf()).append(":\n");
    t.append(PlanText.of(plan.state(), plan.recommendations(), plan.warnings(), "  "));
    collect(plan, cited);
    t.append(SourceList.text(SourceList.of(cited)));
    return t.toString();
  }

  /** The events grouped by date, in date order (each date's events in log order). */
  private static Map<LocalDate, List<PathwayEvent>> visits(List<PathwayEvent> events) {
    Map<LocalDate, List<PathwayEvent>> byDate = new TreeMap<>();
    events.forEach(e -> byDate.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e));
    return byDate;
  }

  private static void collect(Plan plan, List<Citation> cited) {
    plan.recommendations().forEach(r -> cited.addAll(r.citations()));
    plan.warnings().forEach(w -> cited.addAll(w.citations()));
  }
}
