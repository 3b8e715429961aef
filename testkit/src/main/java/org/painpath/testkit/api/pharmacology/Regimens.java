package org.painpath.testkit.api.pharmacology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.titration.TitrationStep;
import org.painpath.pharmacology.pack.DosingRules;
import org.apiguardian.api.API;

/**
 * Regimens for one patient. Safe ones take a dose pharmacology itself scheduled for that patient
 * (a step of its titration given at equal doses), so a check never rejects them for dose reasons.
 * Unsafe ones are built to be rejected: one split unit above the patient's daily ceiling, or two drugs
 * of a class that must not be combined.
 */
@API(status = EXPERIMENTAL)
public final class Regimens {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  private Regimens() {
    // Must never be called: static entry points only.
  }

  /**
   * A single pathway drug at a dose from the patient's own titration; none when every drug is to be
   * avoided for the patient. Renal data must be known for renally dosed drugs (they are skipped otherwise).
   *
   * @param patient the patient the regimen is for
   * @return one-item regimens the SDK never rejects for the patient; no value when there is none
   */
  public static Arbitrary<Regimen> safeSingleDrugFor(Patient patient) {
    List<RegimenItem> items =
        pack().drugs().stream()
            .filter(d -> d.isPathwayDrug())
            .flatMap(d -> scheduledItems(d.name(), patient).stream())
            .toList();
    return items.isEmpty() ? nothing() : Arbitraries.of(items).map(Regimen::of);
  }

  /**
   * A single drug one split unit above the patient's maximum daily dose, at its start frequency.
   *
   * @param patient the patient the regimen is for
   * @return one-item regimens the SDK always rejects for the patient; no value when there is none
   */
  public static Arbitrary<Regimen> aboveTheDailyMaximumFor(Patient patient) {
    List<RegimenItem> items =
        pack().drugs().stream()
            .filter(d -> d.dosing().isPresent())
            .flatMap(d -> limitsOf(d.name(), patient).stream().map(l -> justAbove(d.name(), l, d.dosing().orElseThrow())))
            .toList();
    return items.isEmpty() ? nothing() : Arbitraries.of(items).map(Regimen::of);
  }

  /**
   * Two different drugs of a class that is a therapeutic duplication (two SNRIs, two gabapentinoids, two TCAs,
   * two bupropions).
   *
   * @return two-drug regimens of one duplicated class
   */
  public static Arbitrary<Regimen> duplications() {
    Arbitrary<DrugClass> classes =
        Arbitraries.of(DrugClass.SNRI, DrugClass.GABAPENTINOID, DrugClass.TCA_SECONDARY, DrugClass.NDRI);
    return classes.flatMap(
        c ->
            Drugs.inClass(c).list().ofSize(2).uniqueElements()
                .map(names -> new Regimen(names.stream().map(Regimens::atStart).toList())));
  }

  /**
   * Any regimen of one to four pack drugs at doses of 1 to 12 split units and any named frequency.
   *
   * @return regimens of pack drugs
   */
  public static Arbitrary<Regimen> any() {
    Arbitrary<RegimenItem> item =
        Combinators.combine(Drugs.dosedDrugs(), Arbitraries.integers().between(1, 12), Arbitraries.of(Frequency.ONCE_DAILY, Frequency.TWICE_DAILY, Frequency.THREE_TIMES_DAILY, Frequency.AT_BEDTIME))
            .as((drug, units, frequency) -> new RegimenItem(drug, new Dose(dosing(drug).splitUnit().quantity().times(units)), frequency));
    return item.list().ofMinSize(1).ofMaxSize(4).map(Regimen::new);
  }

  /**
   * The drug at its adult label start (start dose and frequency from the pack).
   *
   * @param drug the pack name of a drug with dosing rules
   * @return the item at the start dose and frequency
   */
  public static RegimenItem atStart(String drug) {
    DosingRules dosing = dosing(drug);
    return new RegimenItem(drug, dosing.start().dose().asDose(), dosing.start().frequency());
  }

  private static List<RegimenItem> scheduledItems(String drug, Patient patient) {
    try {
      return PHARMACOLOGY.titrate(drug, patient).steps().stream()
          .filter(s -> s.schedule().doses().stream().map(d -> d.dose()).distinct().count() == 1)
          .map(s -> item(drug, s))
          .toList();
    } catch (org.painpath.core.problem.InvalidInputException unknowable) {
      return List.of();
    }
  }

  private static RegimenItem item(String drug, TitrationStep step) {
    return new RegimenItem(drug, step.schedule().doses().get(0).dose(), step.frequency());
  }

  private static java.util.Optional<DoseLimits> limitsOf(String drug, Patient patient) {
    try {
      return java.util.Optional.of(PHARMACOLOGY.limits(drug, patient));
    } catch (org.painpath.core.problem.InvalidInputException unknowable) {
      return java.util.Optional.empty();
    }
  }

  private static RegimenItem justAbove(String drug, DoseLimits limits, DosingRules dosing) {
    Frequency frequency = limits.start().frequency();
    Quantity unit = dosing.splitUnit().quantity();
    BigDecimal perDose = limits.maxDaily().amount().value().divide(frequency.perDay(), 0, RoundingMode.DOWN);
    Quantity dose = new Quantity(perDose, limits.maxDaily().amount().unit()).plus(unit);
    return new RegimenItem(drug, new Dose(dose), frequency);
  }

  private static DosingRules dosing(String drug) {
    return pack().drug(drug).dosing().orElseThrow();
  }

  private static org.painpath.pharmacology.DrugPack pack() {
    return PHARMACOLOGY.pack();
  }

  /** An arbitrary that generates nothing, so a property over it is skipped rather than failed. */
  @SuppressWarnings("unchecked")
  private static Arbitrary<Regimen> nothing() {
    return (Arbitrary<Regimen>) (Arbitrary<?>) Arbitraries.nothing();
  }
}
