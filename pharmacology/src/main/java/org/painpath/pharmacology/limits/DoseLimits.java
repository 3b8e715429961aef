package org.painpath.pharmacology.limits;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

import org.painpath.pharmacology.drug.Indication;
import org.apiguardian.api.API;
/**
 * One patient's limits for one drug: start, step and interval, target, ceilings, the frequencies
 * allowed, or {@code avoid}. {@code reasons} explain every adjustment from the adult label values (renal
 * band, hepatic class, age, frailty, Beers, contraindication, institution policy) and {@code citations}
 * cite every number used.
 *
 * @param maxDailySource what set {@code maxDaily}, so an excess is reported as renal, hepatic or general
 * @param maxDailyCitation the citation of the ceiling that set {@code maxDaily}
 * @param minDaysBetweenSteps 0 when the drug is not titrated
 * @param recommendedDaysBetweenSteps what titration uses; never shorter than the minimum
 * @param everyOtherDay a labelled every-other-day regimen for this patient, if the reference gives one
 * @param drug the drug's pack name
 * @param rxNorm the drug's RxNorm ingredient code
 * @param indication the indication the ceilings are for
 * @param avoid true when the drug is to be avoided for this patient (contraindication, hepatic class, policy);
 *     the reasons say why
 * @param start the first dose and its frequency
 * @param step the daily increase of one titration step, or empty when the drug is not titrated
 * @param targetMin the lowest daily dose of the target range, if the reference gives one
 * @param targetMax the highest daily dose of the target range, if the reference gives one
 * @param maxDaily the patient's maximum daily dose
 * @param maxSingle the largest single administration, if limited
 * @param maxSingleCitation the citation of {@code maxSingle}
 * @param frequencies the frequencies the label allows
 * @param holds situations in which the drug is held (e.g. before surgery)
 * @param minHoursBetweenDoses the shortest interval between two administrations, if limited (e.g. a patch's 12
 *     h off)
 * @param reasons a finding for every adjustment from the adult label values
 * @param citations every number's citation
 * @param applied the renal band, age rule and reasons to avoid that set these limits, as data
 */
@API(status = STABLE)
public record DoseLimits(
    String drug,
    Code rxNorm,
    Indication indication,
    boolean avoid,
    StartDose start,
    Optional<DailyDose> step,
    int minDaysBetweenSteps,
    int recommendedDaysBetweenSteps,
    Optional<DailyDose> targetMin,
    Optional<DailyDose> targetMax,
    DailyDose maxDaily,
    LimitSource maxDailySource,
    Citation maxDailyCitation,
    Optional<Dose> maxSingle,
    Optional<Citation> maxSingleCitation,
    List<Frequency> frequencies,
    List<DoseHold> holds,
    Optional<Integer> minHoursBetweenDoses,
    List<Finding> reasons,
    List<Citation> citations,
    Optional<EveryOtherDayLimit> everyOtherDay,
    AppliedRules applied) {

  /**
   * Copies the lists.
   *
   * @param drug the drug's pack name
   * @param rxNorm the RxNorm ingredient code
   * @param indication the indication
   * @param avoid whether to avoid the drug
   * @param start the start dose
   * @param step the titration step, or empty
   * @param minDaysBetweenSteps the shortest interval between steps in days
   * @param recommendedDaysBetweenSteps the interval titration uses
   * @param targetMin the lowest target daily dose, or empty
   * @param targetMax the highest target daily dose, or empty
   * @param maxDaily the maximum daily dose
   * @param maxDailySource what set the maximum
   * @param maxDailyCitation the maximum's citation
   * @param maxSingle the largest single dose, or empty
   * @param maxSingleCitation its citation, or empty
   * @param frequencies the allowed frequencies
   * @param holds the holds
   * @param minHoursBetweenDoses the shortest interval between administrations, or empty
   * @param reasons the adjustments' findings
   * @param citations the citations
   * @param everyOtherDay the labelled every-other-day regimen, or empty
   * @param applied the rules applied, as data
   */
  public DoseLimits {
    frequencies = List.copyOf(frequencies);
    holds = List.copyOf(holds);
    reasons = List.copyOf(reasons);
    citations = List.copyOf(citations);
  }

  /**
   * Limits without a labelled every-other-day regimen (the usual case).
   *
   * @param drug the drug's pack name
   * @param rxNorm the RxNorm ingredient code
   * @param indication the indication
   * @param avoid whether to avoid the drug
   * @param start the start dose
   * @param step the titration step, or empty
   * @param minDaysBetweenSteps the shortest interval between steps in days
   * @param recommendedDaysBetweenSteps the interval titration uses
   * @param targetMin the lowest target daily dose, or empty
   * @param targetMax the highest target daily dose, or empty
   * @param maxDaily the maximum daily dose
   * @param maxDailySource what set the maximum
   * @param maxDailyCitation the maximum's citation
   * @param maxSingle the largest single dose, or empty
   * @param maxSingleCitation its citation, or empty
   * @param frequencies the allowed frequencies
   * @param holds the holds
   * @param minHoursBetweenDoses the shortest interval between administrations, or empty
   * @param reasons the adjustments' findings
   * @param citations the citations
   */
  public DoseLimits(
      String drug,
      Code rxNorm,
      Indication indication,
      boolean avoid,
      StartDose start,
      Optional<DailyDose> step,
      int minDaysBetweenSteps,
      int recommendedDaysBetweenSteps,
      Optional<DailyDose> targetMin,
      Optional<DailyDose> targetMax,
      DailyDose maxDaily,
      LimitSource maxDailySource,
      Citation maxDailyCitation,
      Optional<Dose> maxSingle,
      Optional<Citation> maxSingleCitation,
      List<Frequency> frequencies,
      List<DoseHold> holds,
      Optional<Integer> minHoursBetweenDoses,
      List<Finding> reasons,
      List<Citation> citations) {
    this(drug, rxNorm, indication, avoid, start, step, minDaysBetweenSteps, recommendedDaysBetweenSteps, targetMin, targetMax,
        maxDaily, maxDailySource, maxDailyCitation, maxSingle, maxSingleCitation, frequencies, holds, minHoursBetweenDoses,
        reasons, citations, Optional.empty(), AppliedRules.NONE);
  }

  /**
   * Limits without the rules applied as data (built by hand, e.g. in a test): {@link #applied()} is
   * {@link AppliedRules#NONE}.
   *
   * @param drug the drug's pack name
   * @param rxNorm the RxNorm ingredient code
   * @param indication the indication
   * @param avoid whether to avoid the drug
   * @param start the start dose
   * @param step the titration step, or empty
   * @param minDaysBetweenSteps the shortest interval between steps in days
   * @param recommendedDaysBetweenSteps the interval titration uses
   * @param targetMin the lowest target daily dose, or empty
   * @param targetMax the highest target daily dose, or empty
   * @param maxDaily the maximum daily dose
   * @param maxDailySource what set the maximum
   * @param maxDailyCitation the maximum's citation
   * @param maxSingle the largest single dose, or empty
   * @param maxSingleCitation its citation, or empty
   * @param frequencies the allowed frequencies
   * @param holds the holds
   * @param minHoursBetweenDoses the shortest interval between administrations, or empty
   * @param reasons the adjustments' findings
   * @param citations the citations
   * @param everyOtherDay the labelled every-other-day regimen, or empty
   */
  public DoseLimits(
      String drug,
      Code rxNorm,
      Indication indication,
      boolean avoid,
      StartDose start,
      Optional<DailyDose> step,
      int minDaysBetweenSteps,
      int recommendedDaysBetweenSteps,
      Optional<DailyDose> targetMin,
      Optional<DailyDose> targetMax,
      DailyDose maxDaily,
      LimitSource maxDailySource,
      Citation maxDailyCitation,
      Optional<Dose> maxSingle,
      Optional<Citation> maxSingleCitation,
      List<Frequency> frequencies,
      List<DoseHold> holds,
      Optional<Integer> minHoursBetweenDoses,
      List<Finding> reasons,
      List<Citation> citations,
      Optional<EveryOtherDayLimit> everyOtherDay) {
    this(drug, rxNorm, indication, avoid, start, step, minDaysBetweenSteps, recommendedDaysBetweenSteps, targetMin, targetMax,
        maxDaily, maxDailySource, maxDailyCitation, maxSingle, maxSingleCitation, frequencies, holds, minHoursBetweenDoses,
        reasons, citations, everyOtherDay, AppliedRules.NONE);
  }

  /**
   * The renal band that set these limits, when the drug has renal rules.
   *
   * @return the band with the clearance that placed the patient in it and its citation (e.g. {@code
   *     PGB-R2}); empty for a drug without renal bands, or for limits built without rules
   */
  public Optional<AppliedRules.RenalBand> renalBand() {
    return applied.renalBand();
  }

  /**
   * The age or frailty rule that set these limits, if one applied.
   *
   * @return the rule with its citation; empty when the patient is below its age and not frail, or the drug has none
   */
  public Optional<AppliedRules.AgeRuleApplied> ageRule() {
    return applied.ageRule();
  }

  /**
   * Why the drug is to be avoided, as data; empty when it is not ({@link #avoid()}).
   *
   * @return every reason to avoid, each with its citation
   */
  public List<AvoidReason> avoidReasons() {

    return applied.avoidReasons();
  }

  /**
   * Whether a frequency is allowed: same number of administrations over the same period as a labelled one.
   *
   * @param frequency the frequency of a proposed dose
   * @return true when a labelled frequency matches it
   */
  public boolean allows(Frequency frequency) {
    for (Frequency f : frequencies) { // a loop: every dose of every regimen check asks this
      if (f.administrations() == frequency.administrations() && f.periodDays() == frequency.periodDays()) {
        return true;
      }
    }
    return false;
  }
}
