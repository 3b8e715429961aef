package org.painpath.pharmacology.internal.limits;

import org.painpath.pharmacology.pack.HoldStep;
import org.painpath.pharmacology.pack.Hold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.limits.DoseHold;
import org.painpath.pharmacology.limits.AppliedRules;
import org.painpath.pharmacology.limits.AvoidReason;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.limits.EveryOtherDayLimit;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.limits.StartDose;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.LabelLimits;
import org.painpath.pharmacology.pack.PackCeilings;
import org.painpath.pharmacology.pack.StartRule;

/**
 * A patient's limits while they are being worked out. It starts from the adult label values and offers
 * only operations that tighten (a lower ceiling, start or step, a longer interval, fewer frequencies,
 * avoid), so no adjustment, in any order, can loosen a limit.
 */
final class LimitsDraft {

  private final Drug drug;
  private final DosingRules dosing;
  private final Indication indication;
  private final RenalFunctionOnce renalFunction;
  private final ReasonsWanted wanted;
  /** The pack-only ceilings: derived once per drug, or (to prove the two equal) worked out by the rules. */
  private final PackCeilings ceilings;
  private boolean avoid;
  private StartDose start;
  private @Nullable DailyDose step;
  private int minDays;
  private int recommendedDays;
  private @Nullable DailyDose targetMin;
  private @Nullable DailyDose targetMax;
  private DailyDose maxDaily;
  private LimitSource maxSource = LimitSource.LABEL;
  private Citation maxCitation;
  private @Nullable Dose maxSingle;
  private @Nullable Citation maxSingleCitation;
  private List<Frequency> frequencies;
  private final List<DoseHold> holds;
  private final @Nullable Integer minHours;
  private @Nullable EveryOtherDayLimit everyOtherDay;
  private final List<Finding> reasons = new ArrayList<>();
  private Optional<AppliedRules.RenalBand> renalBand = Optional.empty();
  private Optional<AppliedRules.AgeRuleApplied> ageRule = Optional.empty();
  private final List<AvoidReason> avoidReasons = new ArrayList<>();
  /** In the order first cited, each once; a list because a check's dozen citations are cheaper to scan than to hash. */
  private final List<Citation> citations = new ArrayList<>();

  private LimitsDraft(
      Drug drug, DosingRules d, Indication indication, RenalFunctionOnce renalFunction, ReasonsWanted wanted, PackCeilings ceilings) {
    this.drug = drug;
    this.ceilings = ceilings;
    this.wanted = wanted;
    this.dosing = d;
    this.indication = indication;
    this.renalFunction = renalFunction;
    // the label's values were turned into doses once, for every patient (DosingRules.label())
    LabelLimits label = d.label();
    this.start = label.start();
    this.maxDaily = label.maxDaily();
    this.maxCitation = d.maxDaily().citation();
    this.step = label.step();
    this.minDays = label.minDaysBetweenSteps();
    this.recommendedDays = label.recommendedDaysBetweenSteps();
    this.targetMin = label.targetMin();
    this.targetMax = label.targetMax();
    this.maxSingle = label.maxSingle();
    this.maxSingleCitation = d.maxSingle().isPresent() ? d.maxSingle().get().citation() : null;
    this.frequencies = d.frequencies();
    this.holds = label.holds();
    this.minHours = label.minHoursBetweenDoses();
    this.citations.addAll(label.citations());
  }

  static LimitsDraft fromLabel(
      Drug drug, DosingRules dosing, Indication indication, RenalFunctionOnce renalFunction, ReasonsWanted wanted) {
    return fromLabel(drug, dosing, indication, renalFunction, wanted, dosing.ceilings());
  }

  static LimitsDraft fromLabel(
      Drug drug, DosingRules dosing, Indication indication, RenalFunctionOnce renalFunction, ReasonsWanted wanted, PackCeilings ceilings) {
    return new LimitsDraft(drug, dosing, indication, renalFunction, wanted, ceilings);
  }

  PackCeilings ceilings() {
    return ceilings;
  }

  Drug drug() {
    return drug;
  }

  DosingRules dosing() {
    return dosing;
  }

  Indication indication() {
    return indication;
  }

  /** The patient's renal function, shared by every drug of one check. */
  RenalFunctionOnce renalFunction() {
    return renalFunction;
  }

  DailyDose maxDaily() {
    return maxDaily;
  }

  static StartDose startOf(StartRule rule) {
    return new StartDose(rule.dose().asDose(), rule.frequency());
  }

  void cite(Citation citation) {
    if (!citations.contains(citation)) {
      citations.add(citation);
    }
  }

  void reason(Finding finding) {
    reasons.add(finding);
    for (Citation c : finding.citations()) {
      cite(c);
    }
  }

  /**
   * A reason about this drug resting on one citation, worded by {@code wording} (message and values)
   * only when the caller wants it ({@link ReasonsWanted}); the citation is kept either way, because the
   * numbers it stands for were applied.
   */
  void reason(String code, Severity severity, Citation citation, UnaryOperator<Finding.Builder> wording) {
    if (wanted.keeps(code, severity)) {
      reason(wording.apply(Finding.builder(code, severity).about(drug.name())).cite(citation).build());
    } else {
      cite(citation);
    }
  }

  /** Avoid the drug, for {@code why} (data), explained by {@code reason} (the finding). */
  void avoid(AvoidReason why, Finding reason) {
    avoid = true;
    avoidReasons.add(why);
    reason(reason);
  }

  /** The renal band that applied (the last one set wins: a dialysis patient's residual-clearance band). */
  void renalBand(AppliedRules.RenalBand band) {
    renalBand = Optional.of(band);
  }

  /** An age rule that applied; of two, the one from the higher age. */
  void ageRule(AppliedRules.AgeRuleApplied rule) {
    if (ageRule.isEmpty() || ageRule.get().fromAge() < rule.fromAge()) {
      ageRule = Optional.of(rule);
    }
  }

  /** Lowers the maximum daily dose; a cap at or above the current one changes nothing. */
  void capDaily(DailyDose cap, LimitSource source, Citation citation) {
    cite(citation);
    if (cap.compareTo(maxDaily) < 0) {
      maxDaily = cap;
      maxSource = source;
      maxCitation = citation;
    }
  }

  void capSingle(Dose cap, Citation citation) {
    cite(citation);
    Dose current = maxSingle;
    if (current == null || cap.compareTo(current) < 0) {
      maxSingle = cap;
      maxSingleCitation = citation;
    }
  }

  /** A labelled every-other-day regimen; of two, the lower dose. */
  void everyOtherDay(Dose max, LimitSource source, Citation citation) {
    cite(citation);
    EveryOtherDayLimit current = everyOtherDay;
    if (current == null || max.compareTo(current.max()) < 0) {
      everyOtherDay = new EveryOtherDayLimit(max, source, citation);
    }
  }

  /** Takes a start with a lower daily total. */
  void lowerStart(StartDose candidate, Citation citation) {
    cite(citation);
    if (candidate.daily().compareTo(start.daily()) < 0) {
      start = candidate;
    }
  }

  void smallerStep(DailyDose candidate, Citation citation) {
    cite(citation);
    DailyDose current = step;
    if (current != null) {
      step = DailyDose.min(current, candidate);
    }
  }

  void longerInterval(int days, Citation citation) {
    cite(citation);
    minDays = Math.max(minDays, days);
    recommendedDays = Math.max(recommendedDays, days);
  }

  /** Lowers the target range; a drug without one (not titrated to a target) keeps none. */
  void lowerTarget(DailyDose min, DailyDose max, Citation citation) {
    cite(citation);
    DailyDose currentMin = targetMin;
    DailyDose currentMax = targetMax;
    if (currentMin != null && currentMax != null) {
      targetMin = DailyDose.min(currentMin, min);
      targetMax = DailyDose.min(currentMax, max);
    }
  }

  /** Keeps only the labelled frequencies also in {@code allowed}. */
  void restrictFrequencies(List<Frequency> allowed, Citation citation) {
    cite(citation);
    List<Frequency> kept = new ArrayList<>(frequencies.size());
    for (Frequency f : frequencies) {
      if (allowed.contains(f)) {
        kept.add(f);
      }
    }
    frequencies = Collections.unmodifiableList(kept);
  }

  DoseLimits build() {
    bindSingleToDaily();
    Optional<DailyDose> tMin = Optional.ofNullable(targetMin).map(t -> DailyDose.min(t, maxDaily));
    Optional<DailyDose> tMax = Optional.ofNullable(targetMax).map(t -> DailyDose.min(t, maxDaily));
    if (frequencies.isEmpty()) {
      avoid(
          AvoidReason.of(AvoidReason.Cause.NO_FREQUENCY_LEFT, maxCitation),
          Finding.builder(FindingCodes.CONTRAINDICATED, Severity.BLOCKING)
              .about(drug.name())
              .message("No labelled frequency is left for this patient once every rule is applied; the drug cannot be dosed safely.")
              .citations(List.copyOf(citations))
              .build());
    } else {
      fitStartToLimits();
    }
    return new DoseLimits(
        drug.name(),
        drug.rxNorm(),
        indication,
        avoid,
        start,
        Optional.ofNullable(step),
        minDays,
        recommendedDays,
        tMin,
        tMax,
        maxDaily,
        maxSource,
        maxCitation,
        Optional.ofNullable(maxSingle),
        Optional.ofNullable(maxSingleCitation),
        frequencies,
        holdsForThisPatient(),
        Optional.ofNullable(minHours),
        reasons,
        List.copyOf(citations),
        labelledEveryOtherDay(),
        new AppliedRules(renalBand, ageRule, avoidReasons));
  }

  /**
   * The holds, each keeping its larger step after the plateau (PGB-02) only for the patient the label
   * gives it to: a renal band from the step's clearance up (not on haemodialysis), no age or frailty
   * rule applied, and a ceiling that reaches the step's total.
   */
  private List<DoseHold> holdsForThisPatient() {
    List<DoseHold> out = new ArrayList<>(holds.size());
    for (DoseHold hold : holds) {
      out.add(hold.thenStepTo().isPresent() && !stepAllowed(hold) ? hold.withoutStep() : hold);
    }
    return out;
  }

  private boolean stepAllowed(DoseHold hold) {
    Optional<HoldStep> step =
        dosing.holds().stream()
            .filter(h -> h.thenStep() != null && h.atDaily().asDailyDose().equals(hold.atDaily()))
            .map(Hold::thenStep)
            .findFirst();
    if (step.isEmpty() || renalBand.isEmpty() || renalBand.get().haemodialysis() || ageRule.isPresent()) {
      return false;
    }
    Optional<BigDecimal> lower = renalBand.get().band().lower();
    return lower.isPresent()
        && lower.get().compareTo(step.get().fromClearance().value()) >= 0
        && !hold.thenStepTo().get().exceeds(maxDaily);
  }

  /**
   * The every-other-day regimen only while every-other-day is still an allowed frequency, and never
   * above two days' worth of the daily maximum that other rules (renal band, age) may have lowered
   * since: its average must stay within the daily maximum.
   */
  private Optional<EveryOtherDayLimit> labelledEveryOtherDay() {
    EveryOtherDayLimit labelled = everyOtherDay;
    if (labelled == null || frequencies.stream().noneMatch(f -> f.periodDays() == 2)) {
      return Optional.empty();
    }
    Dose twoDays = new Dose(maxDaily.amount().times(2));
    if (labelled.max().exceeds(twoDays)) {
      return Optional.of(new EveryOtherDayLimit(twoDays, maxSource, maxCitation));
    }
    return Optional.of(labelled);
  }

  /**
   * A daily ceiling lowered for the patient (renal band, age) can leave the label's single maximum above
   * any dose the day allows: pregabalin at CrCl 20 has 150 mg/day against a 300 mg label single dose.
   * The largest single dose any allowed frequency permits (150 mg every other day is 75 mg/day) then
   * binds, and is shown with the daily ceiling's citation.
   */
  private void bindSingleToDaily() {
    Dose single = maxSingle;
    if (single == null || frequencies.isEmpty()) {
      return;
    }
    BigDecimal largest = BigDecimal.ZERO;
    for (Frequency f : frequencies) {
      largest = largest.max(perDoseWithinMaxDaily(f));
    }
    Quantity allowed = new Quantity(largest, maxDaily.amount().unit());
    if (single.amount().compareTo(allowed) > 0) {
      maxSingle = new Dose(allowed);
      maxSingleCitation = maxCitation;
    }
  }

  /**
   * A start must respect the limits that ended up lower than it: an allowed frequency, the single-dose
   * ceiling, and the daily ceiling, rounding down to the drug's split unit. When even one split unit is
   * above the ceiling the drug cannot be started: avoid, and say why.
   */
  private void fitStartToLimits() {
    Frequency frequency = start.frequency();
    if (!frequencies.contains(frequency)) {
      frequency = frequencies.stream().min(Comparator.comparing(Frequency::perDay)).orElseThrow();
    }
    Dose dose = start.dose();
    Dose single = maxSingle;
    if (single != null && dose.exceeds(single)) {
      dose = new Dose(floorToSplitUnit(single.amount()));
    }
    if (frequency.dailyTotal(dose).exceeds(maxDaily)) {
      dose = new Dose(floorToSplitUnit(new Quantity(perDoseWithinMaxDaily(frequency), maxDaily.amount().unit())));
    }
    if (dose.amount().isZero()) {
      DailyDose ceiling = maxDaily; // the words are rendered later: they capture the value, not the draft
      avoid(
          AvoidReason.of(AvoidReason.Cause.BELOW_SMALLEST_DOSE, dosing.splitUnit().citation()),
          Finding.builder(FindingCodes.CONTRAINDICATED, Severity.BLOCKING)
              .about(drug.name())
              .message(() ->
                  "The patient's maximum of " + ceiling + " is below the smallest dose of " + dosing.splitUnit().quantity()
                      + "; the drug cannot be started.")
              .value("maxDaily", maxDaily)
              .value("smallestDose", dosing.splitUnit().quantity())
              .citations(List.of(dosing.splitUnit().citation(), dosing.maxDaily().citation()))
              .build());
      return;
    }
    start = new StartDose(dose, frequency);
  }

  /** The most one dose can be, given at this frequency within the daily maximum (rounded down, 10 places). */
  private BigDecimal perDoseWithinMaxDaily(Frequency frequency) {
    return maxDaily.amount().value().divide(frequency.perDay(), 10, RoundingMode.DOWN);
  }

  Quantity floorToSplitUnit(Quantity amount) {
    Quantity unit = dosing.splitUnit().quantity().to(amount.unit());
    BigDecimal units = amount.value().divide(unit.value(), 0, RoundingMode.DOWN);
    return new Quantity(units.multiply(unit.value()), amount.unit());
  }
}
