package org.painpath.pharmacology.internal.check;

import java.util.List;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dimension;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.RegimenItem;

/** All regimen items of one drug, added up: the daily total (the MME needs it); the dose checks work on the schedule ({@link IngredientSchedule}). */
record DrugDoses(Drug drug, List<RegimenItem> items) {

  DrugDoses {
    items = List.copyOf(items);
  }

  /** Whether every item is in the drug's dose dimension (mg for mg, patches for patches). */
  boolean unitsMatch(Dimension expected) {
    return items.stream().allMatch(i -> i.amount().dimension() == expected);
  }

  /** Call only when all items share one dimension. */
  DailyDose daily() {
    DailyDose total = items.get(0).daily();
    for (int i = 1; i < items.size(); i++) {
      total = total.plus(items.get(i).daily());
    }
    return total;
  }
}
