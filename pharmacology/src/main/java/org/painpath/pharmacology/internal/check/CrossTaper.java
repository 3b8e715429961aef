package org.painpath.pharmacology.internal.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.FindingValue;
import org.painpath.core.explain.Severity;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.internal.interaction.Origin;
import org.painpath.pharmacology.internal.interaction.Participant;
import org.painpath.pharmacology.pack.InteractionSeverity;

/**
 * Reference section 2's cross-taper (PHARM-X01): a pair of a regimen drug and a current medication planned
 * to stop is given together only from the drug's first day to the planned stop. No overlap: the pair's
 * rules do not apply (a contraindicated pair's washout, counted from the planned stop, is the washout
 * rules' to judge). An overlap: a duplication is no longer BLOCKING but a MODERATE {@code cross-taper}
 * naming the overlap; every other rule keeps its severity (a contraindicated pair stays BLOCKING) and
 * gains the overlap as values.
 */
final class CrossTaper {

  private CrossTaper() {}

  /** The pair findings of {@code participants}, judged over their overlap; {@code context} gives regimen starts. */
  static List<Finding> apply(List<Finding> pairFindings, List<Participant> participants, RegimenContext context) {
    Map<String, Participant> byName = new HashMap<>();
    participants.forEach(p -> byName.put(p.name(), p));
    List<Finding> judged = new ArrayList<>(pairFindings.size());
    for (Finding f : pairFindings) {
      Optional<Overlap> overlap = overlap(f, byName, context);
      if (overlap.isEmpty()) {
        judged.add(f);
      } else if (overlap.get().days() > 0) {
        judged.add(during(f, overlap.get()));
      }
      // no common day: the pair is never given together
    }
    return judged;
  }

  /** The days a regimen drug and a cross-tapered medication are given together (0 or fewer: none). */
  private record Overlap(LocalDate start, LocalDate plannedStop, long days) {}

  private static Optional<Overlap> overlap(Finding f, Map<String, Participant> byName, RegimenContext context) {
    if (f.about().size() != 2) {
      return Optional.empty();
    }
    Participant a = byName.get(f.about().get(0));
    Participant b = byName.get(f.about().get(1));
    if (a == null || b == null) {
      return Optional.empty();
    }
    Participant regimen = a.origin() == Origin.REGIMEN ? a : b;
    Participant tapered = regimen == a ? b : a;
    if (regimen.origin() != Origin.REGIMEN || tapered.origin() == Origin.REGIMEN || tapered.plannedStop().isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = context.start(context.pack().drug(regimen.name()));
    LocalDate stop = tapered.plannedStop().get();
    return Optional.of(new Overlap(start, stop, ChronoUnit.DAYS.between(start, stop) + 1));
  }

  private static Finding during(Finding f, Overlap overlap) {
    boolean duplication =
        f.code().equals(FindingCodes.THERAPEUTIC_DUPLICATION)
            || f.value("severityClass").map(v -> v.text().equals(InteractionSeverity.DUPLICATION.name())).orElse(false);
    String code = duplication ? FindingCodes.CROSS_TAPER : f.code();
    Severity severity = duplication ? Severity.MODERATE : f.severity();
    Finding.Builder b = Finding.builder(code, severity).about(f.about());
    for (Map.Entry<String, FindingValue> v : f.typedValues().entrySet()) {
      b.value(v.getKey(), v.getValue());
    }
    List<Citation> cites = new ArrayList<>(f.citations());
    cites.add(Decisions.CROSS_TAPER);
    String during =
        " Given together for " + overlap.days() + " days of the cross-taper, from " + overlap.start() + " to the planned stop on "
            + overlap.plannedStop() + (duplication ? ": the duplication is accepted for the overlap only; monitor both." : ".");
    return b.message(() -> f.message() + during)
        .value("overlapDays", overlap.days())
        .value("crossTaperUntil", overlap.plannedStop())
        .value("startsOn", overlap.start())
        .citations(cites)
        .build();
  }
}
