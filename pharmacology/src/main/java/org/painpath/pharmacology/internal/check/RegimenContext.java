package org.painpath.pharmacology.internal.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.internal.interaction.MedicationMatch;
import org.painpath.pharmacology.internal.interaction.MedicationMatcher;
import org.painpath.pharmacology.internal.limits.LimitsCalculator;
import org.painpath.pharmacology.internal.limits.ReasonsWanted;
import org.painpath.pharmacology.internal.limits.RenalFunctionOnce;
import org.painpath.pharmacology.internal.pack.LoadedPack;

/**
 * Everything the regimen policies look at: the pack, the patient, the date, and the regimen grouped by
 * drug; and what several policies need of the patient, worked out once per check: what each current
 * medication is ({@code matches}, in the order of {@link Patient#currentMedications()}) and the renal
 * function.
 */
record RegimenContext(
    LoadedPack pack,
    Patient patient,
    LocalDate asOf,
    Regimen regimen,
    Map<String, DrugDoses> byDrug,
    List<String> unknown,
    List<Drug> drugs,
    List<MedicationMatch> matches,
    RenalFunctionOnce renal,
    LimitsOnce limits) {

  /** What the check uses to work out limits and to recognise current medications (a test may count them). */
  record Workers(LimitsOnce.Calculator calculator, java.util.function.BiFunction<LoadedPack, Patient, List<MedicationMatch>> recogniser) {
    static final Workers STANDARD =
        new Workers(
            (drug, context) ->
                LimitsCalculator.limits(
                    drug, context.renal(), context.regimen().indication(), context.pack().policy(), ReasonsWanted.REPORTED_BY_CHECK),
            (pack, patient) -> MedicationMatcher.matchAll(pack.medicationIndex(), patient));
  }

  /** The first day of a regimen drug (its items' earliest {@code startsOn}, else the as-of date). */
  LocalDate start(Drug drug) {
    DrugDoses doses = byDrug.get(drug.name());
    return doses == null ? asOf : StartsAndStops.start(doses.items(), asOf);
  }

  static RegimenContext of(LoadedPack pack, Regimen regimen, Patient patient, LocalDate asOf) {
    return of(pack, regimen, patient, asOf, Workers.STANDARD);
  }

  /** The patient's current medications are recognised here, once per check, for every policy. */
  static RegimenContext of(LoadedPack pack, Regimen regimen, Patient patient, LocalDate asOf, Workers workers) {
    Map<String, List<RegimenItem>> grouped = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (RegimenItem item : regimen.items()) {
      if (pack.knows(item.drug())) {
        grouped.computeIfAbsent(item.drug(), k -> new ArrayList<>()).add(item);
      } else if (!unknown.contains(item.drug())) {
        unknown.add(item.drug());
      }
    }
    Map<String, DrugDoses> byDrug = new LinkedHashMap<>();
    grouped.forEach((name, items) -> byDrug.put(name, new DrugDoses(pack.drug(name), items)));
    List<Drug> drugs = new ArrayList<>(byDrug.size());
    byDrug.values().forEach(d -> drugs.add(d.drug()));
    return new RegimenContext(
        pack,
        patient,
        asOf,
        regimen,
        byDrug,
        unknown,
        Collections.unmodifiableList(drugs),
        workers.recogniser().apply(pack, patient),
        RenalFunctionOnce.ifNeededBy(patient, drugs),
        new LimitsOnce(workers.calculator()));
  }
}
