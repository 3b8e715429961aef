package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.Unit;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.style.PainpathStyle;
import org.apiguardian.api.API;

/**
 * A drug's dosing for an adult with normal renal and hepatic function, and the rules that tighten it
 * for a particular patient. Every number carries its citation; the load-time checks ({@code
 * PackChecks}) refuse a pack whose numbers contradict each other.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableDosingRules.class)
@JsonDeserialize(as = ImmutableDosingRules.class)
@API(status = EXPERIMENTAL)
public abstract class DosingRules {

  /**
   * The unit every dose of this drug is written in (mg, g of gel, patches).
   *
   * @return the dose unit; a regimen item in another dimension is refused rather than converted
   */
  public abstract Unit doseUnit();

  /**
   * The smallest amount a day's total is divided into when it is split over administrations.
   *
   * @return the split unit (e.g. a capsule strength), cited
   */
  public abstract CitedAmount splitUnit();

  /**
   * The adult first dose and its frequency.
   *
   * @return the start rule, cited
   */
  public abstract StartRule start();

  /**
   * The largest allowed increase of the daily dose per step; absent when the drug is not titrated.
   *
   * @return the step per day, cited; empty for a drug given at a fixed dose
   */
  public abstract Optional<CitedAmount> step();

  /**
   * The label's shortest interval between two titration steps.
   *
   * @return the days, cited; empty when the label gives none (the drug is not titrated)
   */
  public abstract Optional<CitedCount> minDaysBetweenSteps();

  /**
   * Titration waits this long when the label's minimum is shorter than the pathway's recommendation.
   *
   * @return the days titration uses, cited; empty when titration uses the label's minimum
   */
  public abstract Optional<CitedCount> recommendedDaysBetweenSteps();

  /**
   * The daily dose range titration aims for.
   *
   * @return the target range, cited; empty when the reference gives none
   */
  public abstract Optional<TargetRange> target();

  /**
   * The adult label's maximum daily dose with normal renal and hepatic function, for any indication.
   *
   * @return the maximum per day, cited (e.g. pregabalin 600 mg/day)
   */
  public abstract CitedAmount maxDaily();

  /**
   * Lower ceilings for particular indications; the general {@link #maxDaily()} applies otherwise.
   *
   * @return the ceilings by indication, possibly empty
   */
  public abstract List<IndicationCeiling> indicationCeilings();

  /**
   * The largest single administration the label allows.
   *
   * @return the amount, cited; empty when the label limits only the daily total
   */
  public abstract Optional<CitedAmount> maxSingle();

  /**
   * The labelled frequencies.
   *
   * @return the frequencies a regimen item may use (a band, a hepatic rule or a policy may narrow them)
   */
  public abstract List<Frequency> frequencies();

  /**
   * The reference fact that gives {@link #frequencies()}.
   *
   * @return the citation
   */
  public abstract Citation frequenciesCitation();

  /**
   * Which frequency titration uses for a daily total; the first row that covers it wins.
   *
   * @return the rows in order; empty when titration keeps the start frequency
   */
  public abstract List<FrequencyChoice> frequencyPlan();

  /**
   * The shortest interval the label allows between two administrations (e.g. bupropion SR 8 h).
   *
   * @return the hours, cited; empty when the label sets none (doses less than 2 h apart still count as one)
   */
  public abstract Optional<CitedCount> minHoursBetweenDoses();

  /**
   * For a patch: the most hours it may be worn in any 24 hours (lidocaine 12, LID-01). Absent for a patch
   * worn continuously by its label (the diclofenac patch, replaced every 12 h, DIP-01) and for every
   * other form.
   *
   * @return the hours, cited; empty as above
   */
  public abstract Optional<CitedCount> maxWearHoursPerDay();

  /**
   * Plateaus titration must hold before going higher (pregabalin 300 mg/day for 14 days, PGB-02).
   *
   * @return the holds, possibly empty
   */
  public abstract List<Hold> holds();

  /**
   * What the label says for each creatinine-clearance band (lower bound included, upper excluded).
   *
   * @return the bands; empty for a drug without renal adjustment
   */
  public abstract List<RenalBandRule> renalBands();

  /**
   * The label's rule for a patient on haemodialysis.
   *
   * @return the rule; empty when the label gives none (a drug with renal bands then takes its lowest band)
   */
  public abstract Optional<DialysisRule> haemodialysis();

  /**
   * What the label says for hepatic impairment, by Child-Pugh class.
   *
   * @return the rules; empty when the label gives no hepatic adjustment
   */
  public abstract List<HepaticRule> hepatic();

  /**
   * Slower or lower dosing from an age (or for frailty).
   *
   * @return the rules; empty when none applies to the drug
   */
  public abstract List<AgeRule> ageRules();

  /**
   * Warnings (not limits) once the daily dose passes a threshold (duloxetine above 60 mg/day, DUL-01).
   *
   * @return the advisories, possibly empty
   */
  public abstract List<Advisory> advisories();

  /**
   * How to stop the drug when it must not stop abruptly.
   *
   * @return the taper rule; empty when the drug may simply stop
   */
  public abstract Optional<TaperRule> taper();

  /**
   * The label values as doses, with their citations, built once: every patient's limits start from them.
   *
   * @return the label limits
   */
  @Value.Lazy
  public LabelLimits label() {
    return LabelLimits.of(this);
  }

  /**
   * The ceilings that depend only on the pack, derived from these rules the first time they are needed.
   *
   * @return the ceilings by indication and renal band
   */
  @Value.Lazy

  public PackCeilings ceilings() {
    return new DerivedCeilings(this);
  }
}
