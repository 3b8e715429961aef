package org.painpath.pharmacology.internal.opioid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painpath.core.code.Code;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.internal.pack.LoadedPack;
import org.painpath.pharmacology.internal.interaction.MedicationMatch;
import org.painpath.pharmacology.internal.interaction.MedicationMatcher;
import org.painpath.pharmacology.pack.CitedNumber;
import org.painpath.pharmacology.pack.CoMedication;

/**
 * Morphine milligram equivalents per day with the CDC 2022 factors (reference 6.4): the regimen's
 * opioids plus the opioids the patient currently takes (not counting an ingredient twice). Empty when
 * any opioid's daily dose is unknown or in a unit its factor does not apply to: MME is then not known,
 * and is not guessed. MME describes exposure; it is not for converting one opioid to another (R53).
 */
public final class MorphineEquivalents {

  private MorphineEquivalents() {}

  /**
   * The MME per day of the regimen's opioids and the patient's current ones.
   *
   * @param regimenDaily the daily total of each regimen drug
   */
  public static Optional<BigDecimal> of(LoadedPack pack, Map<Drug, DailyDose> regimenDaily, Patient patient) {
    return of(regimenDaily, patient, MedicationMatcher.matchAll(pack.medicationIndex(), patient));
  }

  /**
   * As {@link #of(LoadedPack, Map, Patient)} with the patient's medications already matched ({@code
   * matches[i]} is what {@code currentMedications[i]} was recognised as).
   */
  public static Optional<BigDecimal> of(Map<Drug, DailyDose> regimenDaily, Patient patient, List<MedicationMatch> matches) {
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<Drug, DailyDose> e : regimenDaily.entrySet()) {
      Optional<CitedNumber> factor = e.getKey().definition().mmeFactor();
      if (factor.isPresent()) {
        Optional<BigDecimal> mme = times(e.getValue().amount(), Unit.MILLIGRAM, factor.get());
        if (mme.isEmpty()) {
          return Optional.empty();
        }
        total = total.add(mme.get());
      }
    }
    List<MedicationStatement> statements = patient.currentMedications();
    for (int i = 0; i < statements.size(); i++) {
      MedicationStatement s = statements.get(i);
      if (!s.isCurrent()) {
        continue;
      }
      Optional<Optional<BigDecimal>> mme = ofStatement(matches.get(i), s, regimenDaily.keySet());
      if (mme.isPresent()) {
        if (mme.get().isEmpty()) {
          return Optional.empty();
        }
        total = total.add(mme.get().get());
      }
    }
    return Optional.of(total.stripTrailingZeros().scale() < 0 ? total.setScale(0) : total.stripTrailingZeros());
  }

  /** Empty when the statement is not an opioid to count; otherwise its MME, empty when unknown. */
  private static Optional<Optional<BigDecimal>> ofStatement(
      MedicationMatch match, MedicationStatement s, java.util.Set<Drug> regimen) {
    Drug opioid = null;
    for (Drug d : match.drugs()) {
      if (d.definition().mmeFactor().isPresent()) {
        opioid = d;
        break;
      }
    }
    if (opioid != null) {
      Code ingredient = opioid.rxNorm();
      for (Drug r : regimen) {
        if (r.rxNorm().sameConceptAs(ingredient)) {
          return Optional.empty();
        }
      }
      CitedNumber factor = opioid.definition().mmeFactor().orElseThrow();
      return Optional.of(s.dose().flatMap(d -> times(d.amount(), Unit.MILLIGRAM, factor)));
    }
    Optional<CoMedication> co = match.coMedication().filter(c -> c.mmeFactor().isPresent());
    if (co.isEmpty()) {
      return Optional.empty();
    }
    CitedNumber factor = co.get().mmeFactor().orElseThrow();
    Unit unit = co.get().mmeUnit().orElseThrow();
    return Optional.of(s.dose().flatMap(d -> times(d.amount(), unit, factor)));
  }

  private static Optional<BigDecimal> times(Quantity daily, Unit factorUnit, CitedNumber factor) {
    if (daily.dimension() != factorUnit.dimension()) {
      return Optional.empty();
    }
    return Optional.of(daily.to(factorUnit).value().multiply(factor.value()));
  }
}
