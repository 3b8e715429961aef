package org.painpath.pharmacology.regimen;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.quantity.DailyDose;

import org.painpath.pharmacology.pack.Drug;
import org.apiguardian.api.API;
/**
 * One ingredient and route of a regimen against the patient's current medications.
 *
 * @param drug the regimen's pack drug (the first one of this ingredient and route)
 * @param change how the regimen changes it; empty when it cannot be told: the patient takes it but a
 *     current daily dose is missing, or current and proposed doses are in units that do not convert
 *     ({@code unknownBecause} says which)
 * @param current the patient's current daily total of it, when known
 * @param proposedAverage the regimen's daily total of it averaged over its schedule's cycle (every other
 *     day: half a dose per day), when its items share one dimension
 * @param proposedPeak the most the regimen gives of it on any one day (every other day: the whole dose),
 *     when its items share one dimension
 * @param unknownBecause why the change cannot be told, or null when it can
 */
@API(status = STABLE)
public record DrugChange(
    Drug drug,
    Optional<MedicationChange> change,
    Optional<DailyDose> current,
    Optional<DailyDose> proposedAverage,
    Optional<DailyDose> proposedPeak,
    @Nullable String unknownBecause) {

  /**
   * Whether the change is known and is this one.
   *
   * @param expected the change to test for
   * @return true when it is
   */
  public boolean is(MedicationChange expected) {
    return change.isPresent() && change.get() == expected;
  }

  /**
   * New or increased: what the SDK never proposes for an opioid (PIT-01).
   *
   * @return true when new or increased
   */
  public boolean startsOrEscalates() {
    return is(MedicationChange.NEW) || is(MedicationChange.INCREASED);
  }
}
