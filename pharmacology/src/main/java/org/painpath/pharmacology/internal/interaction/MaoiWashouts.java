package org.painpath.pharmacology.internal.interaction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.CitedCount;
import org.painpath.pharmacology.pack.MaoiWashout;

/**
 * Washouts around an MAOI (INT-01, DUL-08, DES-04): a regimen drug may not start until enough days after
 * an MAOI stopped, and an MAOI the patient now takes must not have started too soon after such a drug
 * stopped. Days are counted from the stop date to {@code asOf}; no clock is read.
 */
public final class MaoiWashouts {

  private MaoiWashouts() {}

  public static List<Finding> apply(MedicationIndex index, List<Drug> regimen, Patient patient, LocalDate asOf) {
    return apply(regimen, patient, asOf, MedicationMatcher.matchAll(index, patient));
  }

  /**
   * As {@link #apply(MedicationIndex, List, Patient, LocalDate)} with the patient's medications already matched
   * ({@code matches[i]} is what {@code currentMedications[i]} was recognised as).
   */
  public static List<Finding> apply(List<Drug> regimen, Patient patient, LocalDate asOf, List<MedicationMatch> matches) {
    return apply(regimen, patient, asOf, matches, d -> asOf);
  }

  /**
   * As {@link #apply(List, Patient, LocalDate, List)} with each regimen drug's first day ({@code startOf}):
   * the washout after a stopped MAOI is counted to it, and an MAOI the patient takes with a planned stop (a
   * cross-taper) must stop at least the washout before it; its own overlap is the interaction rules' to judge.
   */
  public static List<Finding> apply(
      List<Drug> regimen, Patient patient, LocalDate asOf, List<MedicationMatch> matches, Function<Drug, LocalDate> startOf) {
    List<Finding> found = new ArrayList<>();
    List<MedicationStatement> meds = patient.currentMedications();
    for (int i = 0; i < meds.size(); i++) {
      MedicationStatement s = meds.get(i);
      if (s.stopped().isPresent() && s.stopped().get().isAfter(asOf)) {
        throw InvalidInputException.of(
            "currentMedications[" + i + "].stoppedOn",
            "after-as-of",
            "stop date " + s.stopped().get() + " is after " + asOf + "; a stop still to come is a plannedStopOn of a medication taken");
      }
    }
    boolean onMaoiNow = false;
    for (int i = 0; i < meds.size(); i++) {
      onMaoiNow |= meds.get(i).isCurrent() && isMaoi(matches.get(i));
    }
    for (int i = 0; i < meds.size(); i++) {
      MedicationStatement s = meds.get(i);
      if (s.plannedStop().isPresent() && isMaoi(matches.get(i))) {
        for (Drug d : regimen) {
          d.definition().maoiWashout().ifPresent(w -> tooSoonAfterPlannedStop(d, w, s, startOf.apply(d)).ifPresent(found::add));
        }
      }
      if (s.stopped().isEmpty()) {
        continue;
      }
      long daysSince = ChronoUnit.DAYS.between(s.stopped().get(), asOf);
      if (isMaoi(matches.get(i))) {
        for (Drug d : regimen) {
          LocalDate start = startOf.apply(d);
          long beforeStart = ChronoUnit.DAYS.between(s.stopped().get(), start);
          d.definition().maoiWashout().ifPresent(w -> tooSoonAfterMaoi(d, w, s, beforeStart, start.isAfter(asOf)).ifPresent(found::add));
        }
      } else if (!matches.get(i).recognised() && !matches.get(i).nearMatches().isEmpty()) {
        // a stopped statement that only resembles an MAOI: the washout cannot be judged until it is confirmed
        List<Drug> tooSoon = new ArrayList<>();
        for (Drug d : regimen) {
          d.definition().maoiWashout().filter(w -> daysSince < w.afterMaoiStopped().value()).ifPresent(w -> tooSoon.add(d));
        }
        if (!tooSoon.isEmpty()) {
          found.addAll(PossiblePartners.stoppedMaoi(s, matches.get(i), tooSoon, daysSince));
        }
      } else if (onMaoiNow) {
        for (Drug d : matches.get(i).drugs()) {
          d.definition().maoiWashout().flatMap(MaoiWashout::beforeMaoi).ifPresent(w -> maoiTooSoon(d, w, daysSince).ifPresent(found::add));
        }
      }
    }
    return found;
  }

  private static boolean isMaoi(MedicationMatch match) {
    return match.coMedication().isPresent() && match.coMedication().get().classes().contains(DrugClass.MAOI);
  }

  private static java.util.Optional<Finding> tooSoonAfterMaoi(
      Drug d, MaoiWashout w, MedicationStatement maoi, long daysSince, boolean startsLater) {
    CitedCount needed = w.afterMaoiStopped();
    if (daysSince >= needed.value()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Finding.builder(FindingCodes.MAOI_WASHOUT, Severity.BLOCKING)
            .about(List.of(d.name(), maoi.medication().display()).stream().sorted().toList())
            .message(() ->
                d.name() + " may not start until " + needed.value() + " days after an MAOI stopped; "
                    + maoi.medication().display() + " stopped " + daysSince
                    + (startsLater ? " days before " + d.name() + " starts." : " days ago."))
            .value("daysSinceMaoiStopped", daysSince)
            .value("washoutDays", needed.value())
            .cite(needed.citation())
            .build());
  }

  /** A regimen drug starting less than the washout after an MAOI's planned stop (cross-taper, PHARM-X01). */
  private static java.util.Optional<Finding> tooSoonAfterPlannedStop(Drug d, MaoiWashout w, MedicationStatement maoi, LocalDate start) {
    CitedCount needed = w.afterMaoiStopped();
    LocalDate plannedStop = maoi.plannedStop().orElseThrow();
    long days = ChronoUnit.DAYS.between(plannedStop, start);
    if (days >= needed.value()) {
      return java.util.Optional.empty();
    }
    LocalDate earliest = plannedStop.plusDays(needed.value());
    return java.util.Optional.of(
        Finding.builder(FindingCodes.MAOI_WASHOUT, Severity.BLOCKING)
            .about(List.of(d.name(), maoi.medication().display()).stream().sorted().toList())
            .message(() ->
                d.name() + " may not start until " + needed.value() + " days after an MAOI stopped; "
                    + maoi.medication().display() + " is planned to stop on " + plannedStop + ", so " + d.name()
                    + " may start on " + earliest + " at the earliest, not on " + start + ".")
            .value("plannedStopOn", plannedStop)
            .value("startsOn", start)
            .value("daysFromPlannedStop", days)
            .value("washoutDays", needed.value())
            .value("earliestStart", earliest)
            .cite(needed.citation(), Decisions.CROSS_TAPER)
            .build());
  }

  private static java.util.Optional<Finding> maoiTooSoon(Drug d, CitedCount needed, long daysSince) {
    if (daysSince >= needed.value()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Finding.builder(FindingCodes.MAOI_WASHOUT, Severity.BLOCKING)
            .about(d.name())
            .message(() ->
                "The patient takes an MAOI, but " + d.name() + " stopped only " + daysSince + " days ago; at least "
                    + needed.value() + " days must pass before an MAOI.")
            .value("daysSinceStopped", daysSince)
            .value("washoutDays", needed.value())
            .cite(needed.citation())
            .build());
  }
}
