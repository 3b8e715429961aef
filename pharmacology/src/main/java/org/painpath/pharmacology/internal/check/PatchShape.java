package org.painpath.pharmacology.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.painpath.core.explain.Finding;
import org.painpath.core.quantity.Dimension;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.pack.CitedCount;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.internal.schedule.Administration;
import org.painpath.pharmacology.internal.schedule.Cycle;
import org.painpath.pharmacology.internal.schedule.ItemDoses;
import org.painpath.pharmacology.internal.schedule.WearTime;

/**
 * Whether a frequency's shape fits the formulation, judged beyond doses per day (PHARM-S04): on/off
 * periods and wear hours exist only for patches (for anything else the order is impossible: BLOCKING);
 * a patch with a labelled wear limit (lidocaine, 12 h in 24, LID-01) must say how long it stays on,
 * by an on/off frequency or {@code wearHours} (otherwise a MAJOR {@code unlabelled-wear-time}: it can be
 * worn right, the order does not say so), and the hours covered in any 24 must stay within the limit. A
 * patch without a wear limit (the diclofenac patch, replaced every 12 h, DIP-01) is worn continuously
 * by its label.
 */
final class PatchShape {

  private static final Pattern ON_OFF = Pattern.compile("([0-9]+)H-ON-([0-9]+)H-OFF");

  private PatchShape() {}

  static List<Finding> check(Drug drug, DosingRules dosing, List<RegimenItem> items) {
    List<Finding> found = new ArrayList<>();
    boolean patch = dosing.doseUnit().dimension() == Dimension.COUNT_OF_PATCHES;
    if (!patch) {
      for (RegimenItem item : items) {
        if (onHours(item.frequency()).isPresent()) {
          found.add(DoseFindings.frequencyShape(drug, dosing, item.frequency(), "an on/off period"));
        }
        if (item.wear().isPresent()) {
          found.add(DoseFindings.frequencyShape(drug, dosing, item.frequency(), "a wear time of " + item.wear().get() + " h"));
        }
      }
      return found;
    }
    if (dosing.maxWearHoursPerDay().isEmpty()) {
      return found;
    }
    CitedCount max = dosing.maxWearHoursPerDay().get();
    int cycleDays = Cycle.days(items.stream().map(RegimenItem::frequency).toList());
    List<WearTime.Worn> worn = new ArrayList<>();
    List<Administration> applied = new ArrayList<>();
    for (RegimenItem item : items) {
      Optional<Integer> hours = wearHours(item);
      if (hours.isEmpty()) {
        found.add(DoseFindings.unlabelledWearTime(drug, item.frequency(), max.value(), max.citation()));
        continue;
      }
      for (Administration a : Cycle.expand(drug.name(), ItemDoses.of(item, dosing.splitUnit().quantity()).doses(), item.frequency(), item.times(), cycleDays)) {
        worn.add(new WearTime.Worn(a.secondOfCycle(), hours.get() * 3600L));
        applied.add(a);
      }
    }
    applied.sort(null); // the message does not depend on the order of the items
    long most = WearTime.mostInAnyDay(worn, cycleDays);
    if (most > max.value() * 3600L) {
      found.add(DoseFindings.wearTimeExceeded(drug, hoursAndMinutes(most), max.value(), Administration.describeAll(applied, cycleDays), max.citation()));
    }
    return found;
  }

  /**
   * How long each application stays on: the order's wear hours, or the on period of an on/off frequency;
   * when both are given the longer (an order that contradicts itself is read the unsafe way round).
   */
  private static Optional<Integer> wearHours(RegimenItem item) {
    Optional<Integer> on = onHours(item.frequency());
    if (item.wear().isPresent() && on.isPresent()) {
      return Optional.of(Math.max(item.wear().get(), on.get()));
    }
    return item.wear().or(() -> on);
  }

  /** The on period of a patch frequency such as {@code 12H-ON-12H-OFF}; empty for any other frequency. */
  static Optional<Integer> onHours(Frequency frequency) {
    Matcher m = ON_OFF.matcher(frequency.code());
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private static String hoursAndMinutes(long seconds) {
    long minutes = (seconds + 59) / 60;
    return minutes % 60 == 0 ? (minutes / 60) + " h" : (minutes / 60) + " h " + (minutes % 60) + " min";
  }
}
