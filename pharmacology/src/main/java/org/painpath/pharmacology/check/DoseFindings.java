package org.painpath.pharmacology.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.Decisions;
import org.painpath.pharmacology.DoseLimits;
import org.painpath.pharmacology.Drug;
import org.painpath.pharmacology.FindingCodes;
import org.painpath.pharmacology.pack.Advisory;
import org.painpath.pharmacology.pack.Ceilings;
import org.painpath.pharmacology.pack.DosingRules;

/**
 * The findings a dose earns against a patient's limits, shared by the regimen check and the titration
 * validator so both say the same thing with the same codes.
 */
public final class DoseFindings {

  private DoseFindings() {}

  /**
   * A daily total above the patient's maximum. The code says what set the maximum (renal band, hepatic
   * class, or the label); when a renal or hepatic ceiling is exceeded and the label maximum too, both
   * are reported.
   */
  public static List<Finding> daily(Drug drug, DosingRules dosing, DailyDose daily, DoseLimits limits, String when) {
    List<Finding> found = new ArrayList<>();
    if (!daily.exceeds(limits.maxDaily())) {
      return found;
    }
    String code =
        switch (limits.maxDailySource()) {
          case RENAL -> FindingCodes.RENAL_LIMIT_EXCEEDED;
          case HEPATIC -> FindingCodes.HEPATIC_LIMIT_EXCEEDED;
          default -> FindingCodes.MAX_DAILY_DOSE_EXCEEDED;
        };
    found.add(
        Finding.builder(code, Severity.BLOCKING)
            .about(drug.name())
            .message(when + drug.name() + " " + daily + " is above this patient's maximum of " + limits.maxDaily() + " (" + describe(limits) + ").")
            .value("dailyDose", daily)
            .value("maxDaily", limits.maxDaily())
            .value("limitSource", limits.maxDailySource())
            .cite(limits.maxDailyCitation())
            .build());
    DailyDose label = Ceilings.normal(dosing, limits.indication());
    if (!code.equals(FindingCodes.MAX_DAILY_DOSE_EXCEEDED) && daily.exceeds(label)) {
      found.add(
          Finding.builder(FindingCodes.MAX_DAILY_DOSE_EXCEEDED, Severity.BLOCKING)
              .about(drug.name())
              .message(when + drug.name() + " " + daily + " is above even the label maximum of " + label + ".")
              .value("dailyDose", daily)
              .value("maxDaily", label)
              .cite(dosing.maxDaily().citation())
              .build());
    }
    return found;
  }

  public static Optional<Finding> single(Drug drug, Dose dose, DoseLimits limits, String when) {
    if (limits.maxSingle().isEmpty() || !dose.exceeds(limits.maxSingle().get())) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.builder(FindingCodes.MAX_SINGLE_DOSE_EXCEEDED, Severity.BLOCKING)
            .about(drug.name())
            .message(when + "a single dose of " + dose + " " + drug.name() + " is above the maximum single dose of " + limits.maxSingle().get() + ".")
            .value("singleDose", dose)
            .value("maxSingle", limits.maxSingle().get())
            .citations(limits.maxSingleCitation().map(List::of).orElse(List.of()))
            .build());
  }

  public static Optional<Finding> frequency(Drug drug, DosingRules dosing, Frequency frequency, DoseLimits limits, String when) {
    if (limits.allows(frequency)) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.builder(FindingCodes.UNLABELLED_FREQUENCY, Severity.MAJOR)
            .about(drug.name())
            .message(when + drug.name() + " " + frequency.description() + " is not a labelled frequency for this patient; labelled: " + limits.frequencies() + ".")
            .value("frequency", frequency)
            .value("labelled", limits.frequencies())
            .cite(dosing.frequenciesCitation())
            .build());
  }

  /** Warnings above a threshold (no added benefit, plasma levels, blood pressure...). */
  public static List<Finding> advisories(Drug drug, DosingRules dosing, DailyDose daily, Patient patient) {
    List<Finding> found = new ArrayList<>();
    for (Advisory a : dosing.advisories()) {
      if ((!a.olderAdultsOnly() || patient.isOlderAdult()) && daily.exceeds(a.above().asDailyDose())) {
        found.add(
            Finding.builder(a.code(), a.severity())
                .about(drug.name())
                .message(drug.name() + " " + daily + ": " + a.message())
                .value("dailyDose", daily)
                .value("threshold", a.above().asDailyDose())
                .cite(a.above().citation())
                .build());
      }
    }
    return found;
  }

  /** Limits that cannot be known (a renal band needs a creatinine that is missing): fail closed. */
  public static Finding missingData(Drug drug, InvalidInputException why) {
    Finding.Builder b =
        Finding.builder(FindingCodes.MISSING_DATA, Severity.BLOCKING)
            .about(drug.name())
            .message("The limits of " + drug.name() + " cannot be known safely: " + why.problems() + ".");
    why.problems().forEach(p -> b.value("missing." + p.field(), p.code()));
    List<org.painpath.core.citation.Citation> cites = new ArrayList<>();
    cites.add(Decisions.FAIL_CLOSED);
    drug.dosing().ifPresent(d -> d.renalBands().stream().findFirst().ifPresent(r -> cites.add(r.citation())));
    return b.citations(cites).build();
  }

  public static Finding unitMismatch(Drug drug, Quantity seen, DosingRules dosing) {
    return Finding.builder(FindingCodes.UNIT_MISMATCH, Severity.BLOCKING)
        .about(drug.name())
        .message(drug.name() + " is dosed in " + dosing.doseUnit().symbol() + "; a dose of " + seen + " cannot be compared with its limits.")
        .value("dose", seen)
        .value("expectedUnit", dosing.doseUnit().ucum())
        .citations(List.of(Decisions.FAIL_CLOSED, dosing.maxDaily().citation()))
        .build();
  }

  private static String describe(DoseLimits limits) {
    return switch (limits.maxDailySource()) {
      case RENAL -> "renal limit";
      case HEPATIC -> "hepatic limit";
      case AGE -> "older-adult limit";
      case INDICATION -> "limit for a " + limits.indication() + " indication";
      case INSTITUTION_POLICY -> "institution policy";
      case LABEL -> "label maximum";
    };
  }
}
