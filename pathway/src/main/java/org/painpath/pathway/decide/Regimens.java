package org.painpath.pathway.decide;

import java.util.ArrayList;
import java.util.List;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pharmacology.Regimen;
import org.painpath.pharmacology.RegimenItem;

/**
 * The regimen a case takes now, as pharmacology checks it: every trial drug still taken (titrating,
 * continuing or tapering) and every recorded opioid. A new drug or dose is always checked together
 * with it, so a combination is judged as a whole.
 */
public final class Regimens {

  private Regimens() {}

  public static Regimen current(CaseState state) {
    List<RegimenItem> items = new ArrayList<>();
    state.takenTrials().forEach(t -> items.add(item(t)));
    state.opioids().forEach(o -> items.add(new RegimenItem(o.drug(), o.dose(), o.frequency())));
    return new Regimen(items);
  }

  /** The current regimen with {@code drug} at a new dose (added when not taken yet). */
  public static Regimen with(CaseState state, RegimenItem changed) {
    List<RegimenItem> items = new ArrayList<>();
    current(state).items().stream().filter(i -> !i.drug().equals(changed.drug())).forEach(items::add);
    items.add(changed);
    return new Regimen(items);
  }

  private static RegimenItem item(DrugTrial trial) {
    return new RegimenItem(trial.drug(), trial.dose(), trial.frequency());
  }
}
