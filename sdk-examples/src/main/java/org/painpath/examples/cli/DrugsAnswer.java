package org.painpath.examples.cli;

import java.util.List;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.DrugPack;

/**
 * The pack's drugs: {@code names} in pack order, and per drug its class, RxNorm code and whether the
 * pathway may start it ({@code pathway}: false for drugs held only to be detected, statins and opioids).
 */
record DrugsAnswer(String packVersion, List<String> names, List<Entry> drugs) implements Answer {

  /** One drug of the pack. */
  record Entry(String name, String displayName, DrugClass drugClass, String rxnorm, boolean pathway) {}

  static DrugsAnswer of(DrugPack pack) {
    List<Entry> entries =
        pack.drugs().stream()
            .map(d -> new Entry(d.name(), d.displayName(), d.drugClass(), d.rxNorm().code(), d.isPathwayDrug()))
            .toList();
    return new DrugsAnswer(pack.packVersion(), pack.names(), entries);
  }

  @Override
  public String text() {
    StringBuilder text = new StringBuilder("Drugs of the knowledge pack " + packVersion + ":\n");
    for (Entry e : drugs) {
      String role = e.pathway() ? "" : "  (detected and checked only; never started)";
      text.append(String.format("  %-22s %-20s RxNorm %-8s%s", e.name(), e.drugClass(), e.rxnorm(), role).stripTrailing())
          .append('\n');
    }
    return text.toString();
  }
}
