package org.painpath.pathway.internal.trial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.FindingValue;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Discontinuation;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.pathway.internal.regimen.Regimens;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.TrialStatus;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;

/**
 * A drug's start judged while other trials are tapered off (issue 16, PW-T02): each tapering drug is given
 * to pharmacology's check as a current medication planned to stop on its taper's last dose, stopped by a
 * taper ({@link Discontinuation#TAPERED}), not as a regimen item, so the check judges the overlap as a
 * cross-taper (a duplication only for the overlap; every other pair rule at its own severity) and counts a
 * contraindicated pair's washout from the planned stop. A taper whose last dose is unknown (no taper rule)
 * or already past (not yet recorded complete) is given as stopping on the plan's date, the earliest it can.
 */
final class BesideTapers {

  private final Pharmacology pharmacology;
  private final TaperStep tapers;

  BesideTapers(Pharmacology pharmacology, TaperStep tapers) {
    this.pharmacology = pharmacology;
    this.tapers = tapers;
  }

  /** A tapering trial with the day of its last dose, when its taper rule gives one. */
  record Taper(DrugTrial trial, Optional<LocalDate> lastDose) {}

  List<Taper> running(CaseState state, LocalDate asOf) {
    List<Taper> found = new ArrayList<>();
    for (DrugTrial t : state.trials()) {
      if (t.status() == TrialStatus.TAPERING) {
        found.add(new Taper(t, tapers.lastDose(state, t, asOf)));
      }
    }
    return found;
  }

  /**
   * The check of the case's regimen without the tapering drugs, with {@code drug} taken as {@code items}
   * from {@code startsOn} (null: the plan's date), for the patient taking each tapering drug until its
   * planned stop.
   */
  RegimenVerdict verdict(CaseState state, List<Taper> running, String drug, List<RegimenItem> items, @Nullable LocalDate startsOn, LocalDate asOf) {
    List<RegimenItem> regimen = new ArrayList<>();
    for (RegimenItem i : Regimens.current(state).items()) {
      if (!i.drug().equals(drug) && running.stream().noneMatch(t -> t.trial().drug().equals(i.drug()))) {
        regimen.add(i);
      }
    }
    items.forEach(i -> regimen.add(startsOn == null ? i : i.startingOn(startsOn)));
    Patient patient = Regimens.patient(pharmacology.pack(), state, asOf);
    List<MedicationStatement> meds = new ArrayList<>(patient.currentMedications());
    for (Taper t : running) {
      Drug d = pharmacology.pack().drug(t.trial().drug());
      LocalDate stop = t.lastDose().filter(day -> !day.isBefore(asOf)).orElse(asOf);
      Code code = Code.rxNorm(d.rxNorm().code(), d.displayName() + " " + d.definition().formulation());
      meds.add(new MedicationStatement(code, t.trial().dailyDose(), null, stop, Discontinuation.TAPERED));
    }
    return pharmacology.check(new Regimen(regimen), Patient.builder().from(patient).currentMedications(meds).build(), asOf);
  }

  /**
   * The findings of {@code verdict} about {@code drug} with a tapering drug, MAJOR or worse. A current
   * medication is named by its formulation, or by its ingredient when its code matches several (venlafaxine
   * IR and ER): both names count.
   */
  List<Finding> severePairs(RegimenVerdict verdict, String drug, List<Taper> running) {
    List<String> tapered = new ArrayList<>();
    for (Taper t : running) {
      tapered.add(t.trial().drug());
      tapered.add(pharmacology.pack().drug(t.trial().drug()).definition().ingredient());
    }
    return verdict.findings().stream()
        .filter(f -> f.severity().atLeast(Severity.MAJOR))
        .filter(f -> f.about().contains(drug) && f.about().stream().anyMatch(tapered::contains))
        .toList();
  }

  /** The latest {@code earliestStart} a washout finding gives (counted from a planned stop), if any. */
  static Optional<LocalDate> earliestStart(RegimenVerdict verdict) {
    return verdict.findings().stream()
        .map(f -> f.value("earliestStart"))
        .flatMap(Optional::stream)
        .filter(FindingValue.Date.class::isInstance)
        .map(v -> ((FindingValue.Date) v).date())
        .max(LocalDate::compareTo);
  }
}
