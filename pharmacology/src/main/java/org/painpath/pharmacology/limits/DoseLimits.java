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
    Optional<EveryOtherDayLimit> everyOtherDay) {

  public DoseLimits {
    frequencies = List.copyOf(frequencies);
    holds = List.copyOf(holds);
    reasons = List.copyOf(reasons);
    citations = List.copyOf(citations);
  }

  /** Limits without a labelled every-other-day regimen (the usual case). */
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
        reasons, citations, Optional.empty());
  }

  /** Whether a frequency is allowed: same number of administrations over the same period as a labelled one. */
  public boolean allows(Frequency frequency) {
    for (Frequency f : frequencies) { // a loop: every dose of every regimen check asks this
      if (f.administrations() == frequency.administrations() && f.periodDays() == frequency.periodDays()) {
        return true;
      }
    }
    return false;
  }
}
