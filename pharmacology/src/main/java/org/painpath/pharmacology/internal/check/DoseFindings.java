package org.painpath.pharmacology.internal.check;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.limits.EveryOtherDayLimit;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.pack.Advisory;
import org.painpath.pharmacology.pack.Ceilings;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.MaintenanceSplit;
import org.painpath.pharmacology.pack.RenalBandRule;

/**
 * The findings a dose earns against a patient's limits, shared by the regimen check and the titration
 * validator so both say the same thing with the same codes.
 */
public final class DoseFindings {

  private DoseFindings() {}

  /**
   * Where a dose falls, for the message and values of its finding: the drugs it is about, how the
   * message names them, a prefix ({@code "Day 3: "}), the values that locate it (day, clock times) and
   * the DESIGN rules that put it together (coincidence window, calendar day), cited after the limit's own.
   */
  public record Occasion(List<String> about, String subject, String when, UnaryOperator<Finding.Builder> values, List<Citation> rules) {

    public Occasion {
      about = List.copyOf(about);
      rules = List.copyOf(rules);
    }

    /** One drug, located only by the prefix. */
    public static Occasion of(Drug drug, String when) {
      return new Occasion(List.of(drug.name()), drug.name(), when, b -> b, List.of());
    }

    Finding.Builder start(String code, Severity severity) {
      return values.apply(Finding.builder(code, severity).about(about));
    }

    List<Citation> cite(List<Citation> limit) {
      List<Citation> all = new ArrayList<>(limit);
      rules.stream().filter(c -> !all.contains(c)).forEach(all::add);
      return all;
    }
  }

  /**
   * A daily total above the patient's maximum. The code says what set the maximum (renal band, hepatic
   * class, or the label); when a renal or hepatic ceiling is exceeded and the label maximum too, both
   * are reported.
   */
  public static List<Finding> daily(Drug drug, DosingRules dosing, DailyDose daily, DoseLimits limits, String when) {
    return daily(Occasion.of(drug, when), dosing, daily, limits);
  }

  /** A day's total (or one administration) at an occasion of a schedule, above {@code limits}' daily maximum. */
  public static List<Finding> daily(Occasion at, DosingRules dosing, DailyDose daily, DoseLimits limits) {
    List<Finding> found = new ArrayList<>();
    if (!daily.exceeds(limits.maxDaily())) {
      return found;
    }
    String code = exceededCode(limits.maxDailySource());
    found.add(
        at.start(code, Severity.BLOCKING)
            .message(() -> at.when() + at.subject() + " " + daily + " is above this patient's maximum of " + limits.maxDaily() + " (" + describe(limits) + ").")
            .value("dailyDose", daily)
            .value("maxDaily", limits.maxDaily())
            .value("limitSource", limits.maxDailySource())
            .citations(at.cite(List.of(limits.maxDailyCitation())))
            .build());
    DailyDose label = Ceilings.normal(dosing, limits.indication());
    if (!code.equals(FindingCodes.MAX_DAILY_DOSE_EXCEEDED) && daily.exceeds(label)) {
      found.add(
          at.start(FindingCodes.MAX_DAILY_DOSE_EXCEEDED, Severity.BLOCKING)
              .message(() -> at.when() + at.subject() + " " + daily + " is above even the label maximum of " + label + ".")
              .value("dailyDose", daily)
              .value("maxDaily", label)
              .citations(at.cite(List.of(dosing.maxDaily().citation())))
              .build());
    }
    return found;
  }

  private static String exceededCode(LimitSource source) {
    return switch (source) {
      case RENAL -> FindingCodes.RENAL_LIMIT_EXCEEDED;
      case HEPATIC -> FindingCodes.HEPATIC_LIMIT_EXCEEDED;
      default -> FindingCodes.MAX_DAILY_DOSE_EXCEEDED;
    };
  }

  public static Optional<Finding> single(Drug drug, Dose dose, DoseLimits limits, String when) {
    return single(Occasion.of(drug, when), dose, limits);
  }

  /** One administration (doses that count as one summed) above {@code limits}' single-dose maximum. */
  public static Optional<Finding> single(Occasion at, Dose dose, DoseLimits limits) {
    if (limits.maxSingle().isEmpty() || !dose.exceeds(limits.maxSingle().get())) {
      return Optional.empty();
    }
    return Optional.of(
        at.start(FindingCodes.MAX_SINGLE_DOSE_EXCEEDED, Severity.BLOCKING)
            .message(() -> at.when() + "a single dose of " + dose + " " + at.subject() + " is above the maximum single dose of " + limits.maxSingle().get() + ".")
            .value("singleDose", dose)
            .value("maxSingle", limits.maxSingle().get())
            .citations(at.cite(limits.maxSingleCitation().map(List::of).orElse(List.of())))
            .build());
  }

  /**
   * The day an every-other-day dose is given, above the dose of the regimen the reference labels for
   * this patient (BUP-06: 150 mg every other day).
   */
  public static Optional<Finding> everyOtherDay(Occasion at, DailyDose day, EveryOtherDayLimit limit) {
    if (!day.amount().isGreaterThan(limit.max().amount())) {
      return Optional.empty();
    }
    return Optional.of(
        at.start(exceededCode(limit.source()), Severity.BLOCKING)
            .message(() -> at.when() + at.subject() + " " + day.amount() + " on the day it is given is above the labelled " + limit.max() + " every other day.")
            .value("dailyDose", day)
            .value("maxEveryOtherDay", limit.max())
            .value("limitSource", limit.source())
            .citations(at.cite(List.of(limit.citation())))
            .build());
  }

  /** Doses closer together than the label's minimum spacing (within the single maximum: a pace warning). */
  public static Finding dosesTooClose(Occasion at, LocalTime first, LocalTime second, int minHours, List<Citation> citations) {
    return at.start(FindingCodes.DOSES_TOO_CLOSE, Severity.MAJOR)
        .message(() -> at.when() + "doses at " + first + " and " + second + " are less than " + minHours + " hours apart.")
        .value("minHoursBetweenDoses", minHours)
        .citations(at.cite(citations))
        .build();
  }

  /**
   * A frequency the patient's limits do not label (MAJOR), with the band's labelled regimen nearest to
   * the ordered daily total and not above it as a suggestion where the band tabulates one (issue 16).
   */
  public static Optional<Finding> frequency(
      Drug drug, DosingRules dosing, Frequency frequency, DoseLimits limits, DailyDose ordered, String when) {
    if (limits.allows(frequency)) {
      return Optional.empty();
    }
    Optional<NearestRegimen> nearest = NearestRegimen.of(dosing, limits, ordered);
    Finding.Builder finding =
        Finding.builder(FindingCodes.UNLABELLED_FREQUENCY, Severity.MAJOR)
            .about(drug.name())
            .message(() -> when + drug.name() + " " + frequency.description() + " is not a labelled frequency for this patient; labelled: "
                + limits.frequencies() + "."
                + nearest.map(n -> " Nearest labelled regimen not above the ordered " + ordered + ": " + n.dose() + " "
                    + n.frequency().description() + " (" + n.daily() + ", " + n.citation().fact() + ").").orElse(""))
            .value("frequency", frequency)
            .value("labelled", limits.frequencies());
    if (nearest.isPresent()) {
      finding
          .value("suggestedDose", nearest.get().dose())
          .value("suggestedFrequency", nearest.get().frequency())
          .value("suggestedDaily", nearest.get().daily())
          .citations(List.of(dosing.frequenciesCitation(), nearest.get().citation()));
    } else {
      finding.cite(dosing.frequenciesCitation());
    }
    return Optional.of(finding.build());
  }

  /**
   * The band's maintenance split (GAB-R1), the one rule for a check's days and a titration's steps: a
   * daily total at or above the rule's threshold given in fewer administrations than the label gives
   * is an unlabelled frequency (MAJOR), e.g. gabapentin 1200 mg/day twice a day at CrCl 90.
   */
  public static Optional<Finding> maintenanceSplit(Drug drug, DosingRules dosing, DoseLimits limits, DailyDose daily, int administrations, String when) {
    Optional<MaintenanceSplit> rule = maintenanceSplitOf(dosing, limits);
    if (rule.isEmpty() || !rule.get().brokenBy(daily, administrations)) {
      return Optional.empty();
    }
    MaintenanceSplit split = rule.get();
    return Optional.of(
        Finding.builder(FindingCodes.UNLABELLED_FREQUENCY, Severity.MAJOR)
            .about(drug.name())
            .message(() -> when + drug.name() + " " + daily + " in " + administrations + " administration" + (administrations == 1 ? "" : "s")
                + " a day: from " + split.fromDaily().asDailyDose() + " the label gives maintenance in " + split.administrationsPerDay().value()
                + " administrations a day for this patient's kidney function (" + split.fromDaily().citation().fact() + ").")
            .value("daily", daily)
            .value("administrationsPerDay", administrations)
            .value("fromDaily", split.fromDaily().asDailyDose())
            .value("labelledAdministrationsPerDay", split.administrationsPerDay().value())
            .citations(List.of(split.fromDaily().citation()))
            .build());
  }

  /** The maintenance split of the renal band the limits applied, if that band has one. */
  private static Optional<MaintenanceSplit> maintenanceSplitOf(DosingRules dosing, DoseLimits limits) {
    return BandRules.of(dosing, limits).flatMap(RenalBandRule::maintenanceSplit);
  }

  /** Warnings above a threshold (no added benefit, plasma levels, blood pressure...). */
  public static List<Finding> advisories(Drug drug, DosingRules dosing, DailyDose daily, Patient patient) {
    List<Finding> found = new ArrayList<>();
    for (Advisory a : dosing.advisories()) {
      if ((!a.olderAdultsOnly() || patient.isOlderAdult()) && daily.exceeds(a.above().asDailyDose())) {
        found.add(
            Finding.builder(a.code(), a.severity())
                .about(drug.name())
                .message(() -> drug.name() + " " + daily + ": " + a.message())
                .value("dailyDose", daily)
                .value("threshold", a.above().asDailyDose())
                .cite(a.above().citation())
                .build());
      }
    }
    return found;
  }

  /**
   * A shape the formulation cannot take: patch on/off periods or a wear time for a drug that is not a
   * patch. Impossible as written, so BLOCKING (PHARM-S04).
   */
  public static Finding frequencyShape(Drug drug, DosingRules dosing, Frequency frequency, String what) {
    return Finding.builder(FindingCodes.FREQUENCY_SHAPE_NOT_ALLOWED, Severity.BLOCKING)
        .about(drug.name())
        .message(() -> drug.name() + " " + frequency.description() + ": " + what + "; only a patch is worn, and " + drug.name()
            + " is dosed in " + dosing.doseUnit().symbol() + ".")
        .value("frequency", frequency)
        .value("shape", what)
        .value("doseUnit", dosing.doseUnit().ucum())
        .citations(List.of(Decisions.PATCH_SHAPE, dosing.frequenciesCitation()))
        .build();
  }

  /** A patch with a wear limit ordered without saying how long it stays on: it can be worn right, but the order does not say so. */
  public static Finding unlabelledWearTime(Drug drug, Frequency frequency, int maxWearHours, Citation wearCitation) {
    return Finding.builder(FindingCodes.UNLABELLED_WEAR_TIME, Severity.MAJOR)
        .about(drug.name())
        .message(() -> drug.name() + " " + frequency.description() + " does not say how long each patch stays on; the label allows "
            + maxWearHours + " hours in 24 (state wearHours, or order 12H-ON-12H-OFF).")
        .value("frequency", frequency)
        .value("maxWearHoursPerDay", maxWearHours)
        .citations(List.of(wearCitation, Decisions.PATCH_SHAPE))
        .build();
  }

  /** Patches worn longer in some 24 hours than the label allows. */
  public static Finding wearTimeExceeded(Drug drug, String worn, int maxWearHours, String applications, Citation wearCitation) {
    return Finding.builder(FindingCodes.WEAR_TIME_EXCEEDED, Severity.BLOCKING)
        .about(drug.name())
        .message(() -> drug.name() + " is worn " + worn + " in 24 hours (" + applications + "); the label allows at most " + maxWearHours + " hours in 24.")
        .value("wornPerDay", worn)
        .value("maxWearHoursPerDay", maxWearHours)
        .value("applications", applications)
        .citations(List.of(wearCitation, Decisions.PATCH_SHAPE))
        .build();
  }

  /** A post-dialysis supplement where none can be given (not on haemodialysis, or no supplement table). */
  public static Finding supplementNotApplicable(Drug drug, Dose supplement, String why, List<Citation> citations) {
    return Finding.builder(FindingCodes.DIALYSIS_SUPPLEMENT_NOT_APPLICABLE, Severity.BLOCKING)
        .about(drug.name())
        .message(() -> "A post-dialysis supplement of " + supplement + " " + drug.name() + " cannot be judged: " + why + ".")
        .value("supplement", supplement)
        .value("reason", why)
        .citations(withRule(citations))
        .build();
  }

  /** A post-dialysis supplement above the label's supplement for the maintenance dose (GAB-R5, PGB-R5). */
  public static Finding supplementExceeded(Drug drug, Dose supplement, String allowed, DailyDose maintenance, List<Citation> citations) {
    return Finding.builder(FindingCodes.DIALYSIS_SUPPLEMENT_EXCEEDED, Severity.BLOCKING)
        .about(drug.name())
        .message(() -> "A post-dialysis supplement of " + supplement + " " + drug.name() + " is above the label's supplement for a maintenance of "
            + maintenance + ": " + allowed + ".")
        .value("supplement", supplement)
        .value("maxSupplement", allowed)
        .value("maintenance", maintenance)
        .citations(withRule(citations))
        .build();
  }

  private static List<Citation> withRule(List<Citation> citations) {
    List<Citation> all = new ArrayList<>(citations);
    all.add(Decisions.DIALYSIS_SUPPLEMENT);
    return all;
  }

  /** Limits that cannot be known (a renal band needs a creatinine that is missing): fail closed. */
  public static Finding missingData(Drug drug, InvalidInputException why) {
    Finding.Builder b =
        Finding.builder(FindingCodes.MISSING_DATA, Severity.BLOCKING)
            .about(drug.name())
            .message(() -> "The limits of " + drug.name() + " cannot be known safely: " + why.problems() + ".");
    why.problems().forEach(p -> b.value("missing." + p.field(), p.code()));
    List<Citation> cites = new ArrayList<>();
    cites.add(Decisions.FAIL_CLOSED);
    drug.dosing().ifPresent(d -> d.renalBands().stream().findFirst().ifPresent(r -> cites.add(r.citation())));
    return b.citations(cites).build();
  }

  public static Finding unitMismatch(Drug drug, Quantity seen, DosingRules dosing) {
    return Finding.builder(FindingCodes.UNIT_MISMATCH, Severity.BLOCKING)
        .about(drug.name())
        .message(() -> drug.name() + " is dosed in " + dosing.doseUnit().symbol() + "; a dose of " + seen + " cannot be compared with its limits.")
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
