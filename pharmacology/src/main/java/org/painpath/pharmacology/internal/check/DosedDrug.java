package org.painpath.pharmacology.internal.check;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.internal.schedule.Administration;
import org.painpath.pharmacology.internal.schedule.Cycle;
import org.painpath.pharmacology.internal.schedule.ItemDoses;

/**
 * A regimen drug whose limits for the patient are known, with its items in the drug's own dimension:
 * the maintenance items (the daily schedule) apart from post-dialysis supplements, which are judged
 * against the supplement table instead (GAB-R5, PGB-R5).
 */
record DosedDrug(Drug drug, DosingRules dosing, DoseLimits limits, List<RegimenItem> maintenance) {

  DosedDrug {
    maintenance = List.copyOf(maintenance);
  }

  /** The maintenance items given over {@code cycleDays}. */
  List<Administration> administrations(int cycleDays) {
    List<Administration> given = new ArrayList<>();
    for (RegimenItem item : maintenance) {
      given.addAll(Cycle.expand(drug.name(), ItemDoses.of(item, dosing.splitUnit().quantity()).doses(), item.frequency(), item.times(), cycleDays));
    }
    return given;
  }

  List<Frequency> frequencies() {
    return maintenance.stream().map(RegimenItem::frequency).toList();
  }

  /** The largest calendar-day total of the maintenance items over their cycle (never the average). */
  static DailyDose worstDay(Drug drug, DosingRules dosing, List<RegimenItem> items, DailyDose none) {
    if (items.isEmpty()) {
      return none;
    }
    int days = Cycle.days(items.stream().map(RegimenItem::frequency).toList());
    List<Administration> given = new ArrayList<>();
    for (RegimenItem item : items) {
      given.addAll(Cycle.expand(drug.name(), ItemDoses.of(item, dosing.splitUnit().quantity()).doses(), item.frequency(), item.times(), days));
    }
    DailyDose worst = none;
    for (DailyDose day : Cycle.dayTotals(given).values()) {
      if (day.compareTo(worst) > 0) {
        worst = day;
      }
    }
    return worst;
  }
}
