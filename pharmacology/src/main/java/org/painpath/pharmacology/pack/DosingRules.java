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

  /** The unit every dose of this drug is written in (mg, g of gel, patches). */
  public abstract Unit doseUnit();

  /** The smallest amount a day's total is divided into when it is split over administrations. */
  public abstract CitedAmount splitUnit();

  public abstract StartRule start();

  /** The largest allowed increase of the daily dose per step; absent when the drug is not titrated. */
  public abstract Optional<CitedAmount> step();

  public abstract Optional<CitedCount> minDaysBetweenSteps();

  /** Titration waits this long when the label's minimum is shorter than the pathway's recommendation. */
  public abstract Optional<CitedCount> recommendedDaysBetweenSteps();

  public abstract Optional<TargetRange> target();

  public abstract CitedAmount maxDaily();

  /** Lower ceilings for particular indications; the general {@link #maxDaily()} applies otherwise. */
  public abstract List<IndicationCeiling> indicationCeilings();

  public abstract Optional<CitedAmount> maxSingle();

  /** The labelled frequencies. */
  public abstract List<Frequency> frequencies();

  public abstract Citation frequenciesCitation();

  /** Which frequency titration uses for a daily total; the first row that covers it wins. */
  public abstract List<FrequencyChoice> frequencyPlan();

  public abstract Optional<CitedCount> minHoursBetweenDoses();

  /**
   * For a patch: the most hours it may be worn in any 24 hours (lidocaine 12, LID-01). Absent for a patch
   * worn continuously by its label (the diclofenac patch, replaced every 12 h, DIP-01) and for every
   * other form.
   */
  public abstract Optional<CitedCount> maxWearHoursPerDay();

  public abstract List<Hold> holds();

  public abstract List<RenalBandRule> renalBands();

  public abstract Optional<DialysisRule> haemodialysis();

  public abstract List<HepaticRule> hepatic();

  public abstract List<AgeRule> ageRules();

  public abstract List<Advisory> advisories();

  public abstract Optional<TaperRule> taper();

  /** The label values as doses, with their citations, built once: every patient's limits start from them. */
  @Value.Lazy
  public LabelLimits label() {
    return LabelLimits.of(this);
  }

  /** The ceilings that depend only on the pack, derived from these rules the first time they are needed. */
  @Value.Lazy
  public PackCeilings ceilings() {
    return new DerivedCeilings(this);
  }
}
