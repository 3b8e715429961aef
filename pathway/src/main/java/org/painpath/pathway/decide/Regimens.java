package org.painpath.pathway.decide;

import java.util.ArrayList;
import java.util.List;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.MedicationChanges;
import org.painpath.pharmacology.Regimen;
import org.painpath.pharmacology.RegimenItem;

/**
 * The regimen a case takes now, as pharmacology checks it: every trial drug still taken (titrating,
 * continuing or tapering) and every recorded opioid. A new drug or dose is always checked together
 * with it, so a combination is judged as a whole. The recorded opioids are the patient's current
 * medications too ({@link #patient}): a regimen that repeats them continues them, and pharmacology
 * refuses only a new or increased opioid (PIT-01).
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

  /**
   * The case's patient as pharmacology sees the regimen's patient: taking each recorded opioid now (its
   * statement replacing any of the same ingredient), so the pathway's own regimen is never a start.
   */
  public static Patient patient(DrugPack pack, CaseState state) {
    List<RegimenItem> opioids = new ArrayList<>();
    state.opioids().forEach(o -> opioids.add(new RegimenItem(o.drug(), o.dose(), o.frequency())));
    return MedicationChanges.takingNow(pack, state.patient(), opioids);
  }

  private static RegimenItem item(DrugTrial trial) {
    return new RegimenItem(trial.drug(), trial.dose(), trial.frequency());
  }
}
