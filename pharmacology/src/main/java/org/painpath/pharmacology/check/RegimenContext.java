package org.painpath.pharmacology.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.Drug;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.Regimen;
import org.painpath.pharmacology.RegimenItem;

/** Everything the regimen policies look at: the pack, the patient, the date, and the regimen grouped by drug. */
record RegimenContext(DrugPack pack, Patient patient, LocalDate asOf, Regimen regimen, Map<String, DrugDoses> byDrug, List<String> unknown) {

  static RegimenContext of(DrugPack pack, Regimen regimen, Patient patient, LocalDate asOf) {
    Map<String, List<RegimenItem>> grouped = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (RegimenItem item : regimen.items()) {
      if (pack.find(item.drug()).isPresent()) {
        grouped.computeIfAbsent(item.drug(), k -> new ArrayList<>()).add(item);
      } else if (!unknown.contains(item.drug())) {
        unknown.add(item.drug());
      }
    }
    Map<String, DrugDoses> byDrug = new LinkedHashMap<>();
    grouped.forEach((name, items) -> byDrug.put(name, new DrugDoses(pack.drug(name), items)));
    return new RegimenContext(pack, patient, asOf, regimen, byDrug, unknown);
  }

  List<Drug> drugs() {
    return byDrug.values().stream().map(DrugDoses::drug).toList();
  }
}
