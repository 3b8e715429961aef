package org.painpath.pharmacology.internal.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.internal.pack.LoadedPack;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.internal.opioid.MorphineEquivalents;

/**
 * Checks a whole regimen for one patient on one date: every policy runs, every finding is kept, and
 * the verdict follows from the worst finding. Findings are sorted (code, drugs, values, message) and
 * de-duplicated so the order of the regimen's items does not change the answer.
 */
public final class RegimenChecker {

  /** The problem code of a check with nothing to check. */
  public static final String EMPTY = "empty";

  private RegimenChecker() {}

  /**
   * The verdict on {@code regimen} for {@code patient} on {@code asOf}. Without items it reviews the
   * current medications (their pairs with each other included); with neither, it is refused ({@code
   * regimen.items}, {@code empty}): a check of nothing must not read as a pass.
   */
  public static RegimenVerdict check(LoadedPack pack, Regimen regimen, Patient patient, LocalDate asOf) {
    return check(pack, regimen, patient, asOf, RegimenContext.Workers.STANDARD);
  }

  /** As {@link #check(LoadedPack, Regimen, Patient, LocalDate)}, with the limits and recognition done by {@code workers}. */
  static RegimenVerdict check(LoadedPack pack, Regimen regimen, Patient patient, LocalDate asOf, RegimenContext.Workers workers) {
    if (regimen.items().isEmpty() && patient.currentMedications().isEmpty()) {
      throw InvalidInputException.of(
          "regimen.items", EMPTY, "a check needs regimen items or current medications; this one has neither");
    }
    StartsAndStops.validate(regimen, patient, asOf);
    RegimenContext context = RegimenContext.of(pack, regimen, patient, asOf, workers);
    Optional<BigDecimal> mme = morphineEquivalents(context);
    List<RegimenPolicy> policies =
        List.of(
            new UnknownDrugPolicy(),
            new ContradictoryRenalDataPolicy(),
            new DosePolicy(),
            new InteractionPolicy(),
            new MaoiWashoutPolicy(),
            new AbruptWithdrawalPolicy(),
            new OpioidPolicy(mme));
    List<Finding> found = new ArrayList<>();
    for (RegimenPolicy policy : policies) {
      found.addAll(policy.apply(context));
    }
    return RegimenVerdict.of(sortedWithoutRepeats(found), mme, context.limits().computed());
  }

  /**
   * Each finding once (its first occurrence), sorted stably by code, drugs and message. A check has a
   * handful of findings, so finding repeats by comparing is cheaper than hashing every message, and
   * each sort key is built once rather than at every comparison.
   */
  private static List<Finding> sortedWithoutRepeats(List<Finding> found) {
    List<Finding> unique = new ArrayList<>(found.size());
    for (Finding f : found) {
      if (!unique.contains(f)) {
        unique.add(f);
      }
    }
    List<SortKey> keys = new ArrayList<>(unique.size());
    for (Finding f : unique) {
      keys.add(new SortKey(f, String.join(",", f.about())));
    }
    // ties on code and drugs are broken by the values' text, and only then by the words (rendering them)
    keys.sort(
        Comparator.comparing((SortKey k) -> k.finding().code())
            .thenComparing(SortKey::about)
            .thenComparing(k -> k.finding().values().toString())
            .thenComparing(k -> k.finding().message()));
    List<Finding> sorted = new ArrayList<>(keys.size());
    keys.forEach(k -> sorted.add(k.finding()));
    return sorted;
  }

  private record SortKey(Finding finding, String about) {}

  public static Optional<BigDecimal> morphineEquivalents(LoadedPack pack, Regimen regimen, Patient patient) {
    return morphineEquivalents(RegimenContext.of(pack, regimen, patient, LocalDate.MIN));
  }

  private static Optional<BigDecimal> morphineEquivalents(RegimenContext context) {
    Map<Drug, DailyDose> daily = new LinkedHashMap<>();
    for (DrugDoses d : context.byDrug().values()) {
      if (d.drug().isOpioid()) {
        if (!d.unitsMatch(org.painpath.core.quantity.Dimension.MASS)) {
          return Optional.empty();
        }
        daily.put(d.drug(), d.daily());
      }
    }
    return MorphineEquivalents.of(daily, context.patient(), context.matches());
  }
}
