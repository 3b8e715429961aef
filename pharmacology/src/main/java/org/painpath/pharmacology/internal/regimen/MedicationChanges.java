package org.painpath.pharmacology.internal.regimen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dimension;
import org.painpath.pharmacology.internal.interaction.MedicationMatch;
import org.painpath.pharmacology.internal.interaction.MedicationMatcher;

import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.DrugChange;
import org.painpath.pharmacology.regimen.MedicationChange;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.internal.pack.LoadedPack;
/**
 * Classifies each ingredient and route of a regimen as {@link MedicationChange new, increased,
 * continued or reduced} against the patient's current medications, recognised by {@link
 * MedicationMatcher} (a stopped statement is not current). Daily totals of the same ingredient and route
 * are compared, all formulations and items together, on the regimen's heaviest day (an every-other-day
 * dose counts whole on the day it is given): a doubled dose every other day is an increase, never a
 * continuation, and the same dose every other day is a continuation (DESIGN PHARM-O01). When the patient
 * takes the ingredient but a current dose is missing or in a unit that does not convert, the change is
 * not guessed: it is empty, with the reason.
 */
public final class MedicationChanges {

  private MedicationChanges() {}

  /** Each ingredient and route of the regimen's pack drugs once, in the regimen's order. */
  public static List<DrugChange> of(LoadedPack pack, Regimen regimen, Patient patient) {
    return of(pack, regimen, patient, MedicationMatcher.matchAll(pack.medicationIndex(), patient));
  }

  /**
   * As {@link #of(LoadedPack, Regimen, Patient)} with the patient's medications already matched ({@code
   * matches[i]} is what {@code currentMedications[i]} was recognised as).
   */
  public static List<DrugChange> of(LoadedPack pack, Regimen regimen, Patient patient, List<MedicationMatch> matches) {
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (RegimenItem item : regimen.items()) {
      Optional<Drug> drug = pack.find(item.drug());
      if (drug.isPresent()) {
        byKey.computeIfAbsent(key(drug.get()), k -> new Group(drug.get(), new ArrayList<>())).items().add(item);
      }
    }
    List<DrugChange> changes = new ArrayList<>(byKey.size());
    byKey.values().forEach(g -> changes.add(of(g.drug(), g.items(), patient, matches)));
    return changes;
  }

  /** The regimen items of one ingredient and route, with the first pack drug met for it. */
  private record Group(Drug drug, List<RegimenItem> items) {}

  /** The change of one drug's ingredient and route, given all regimen items of that ingredient and route. */
  public static DrugChange of(Drug drug, List<RegimenItem> items, Patient patient, List<MedicationMatch> matches) {
    Optional<DailyDose> average = total(items, false);
    Optional<DailyDose> peak = total(items, true);
    List<MedicationStatement> statements = patient.currentMedications();
    String key = key(drug);
    boolean taken = false;
    Optional<DailyDose> current = Optional.empty();
    String unknown = null;
    for (int i = 0; i < statements.size(); i++) {
      MedicationStatement s = statements.get(i);
      if (!s.isCurrent() || matches.get(i).drugs().stream().noneMatch(d -> key(d).equals(key))) {
        continue;
      }
      taken = true;
      Optional<DailyDose> dose = s.dose();
      if (dose.isEmpty()) {
        unknown = "the patient takes " + s.medication().display() + " with no daily dose given";
      } else if (current.isEmpty()) {
        current = dose;
      } else if (current.get().amount().dimension() != dose.get().amount().dimension()) {
        unknown = "the patient's current " + drug.name() + " doses are in units that do not add up";
      } else {
        current = Optional.of(current.get().plus(dose.get()));
      }
    }
    if (!taken) {
      return new DrugChange(drug, Optional.of(MedicationChange.NEW), Optional.empty(), average, peak, null);
    }
    if (unknown == null
        && (current.isEmpty() || average.isEmpty() || peak.isEmpty()
            || average.get().amount().dimension() != current.get().amount().dimension())) {
      unknown = "the current daily dose (" + current.map(DailyDose::toString).orElse("none") + ") and the proposed one cannot be"
          + " compared: their units do not convert";
    }
    if (unknown != null || current.isEmpty() || average.isEmpty() || peak.isEmpty()) {
      return new DrugChange(drug, Optional.empty(), current, average, peak, unknown == null ? "the doses cannot be compared" : unknown);
    }
    DailyDose now = current.get();
    MedicationChange change =
        peak.get().exceeds(now)
            ? MedicationChange.INCREASED
            : peak.get().compareTo(now) < 0 ? MedicationChange.REDUCED : MedicationChange.CONTINUED;
    return new DrugChange(drug, Optional.of(change), current, average, peak, null);
  }

  /**
   * The patient as taking these items now: each ingredient and route of them becomes one current
   * statement (coded by the drug's RxNorm ingredient, with the total of its heaviest day; without a dose
   * when its items' units do not add up), replacing the patient's current statements of that ingredient
   * and route. For a caller that itself records what the patient takes (the pathway's recorded opioids):
   * a regimen repeating them is then a continuation, never a start.
   */
  public static Patient takingNow(LoadedPack pack, Patient patient, List<RegimenItem> items) {
    if (items.isEmpty()) {
      return patient;
    }
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (RegimenItem item : items) {
      Drug drug = pack.drug(item.drug());
      byKey.computeIfAbsent(key(drug), k -> new Group(drug, new ArrayList<>())).items().add(item);
    }
    List<MedicationStatement> statements = patient.currentMedications();
    List<MedicationMatch> matches = MedicationMatcher.matchAll(pack.medicationIndex(), patient);
    List<MedicationStatement> kept = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      boolean replaced = statements.get(i).isCurrent() && matches.get(i).drugs().stream().anyMatch(d -> byKey.containsKey(key(d)));
      if (!replaced) {
        kept.add(statements.get(i));
      }
    }
    for (Group g : byKey.values()) {
      org.painpath.core.code.Code code =
          org.painpath.core.code.Code.rxNorm(g.drug().rxNorm().code(), g.drug().displayName() + " " + g.drug().definition().formulation());
      kept.add(new MedicationStatement(code, total(g.items(), true).orElse(null), null));
    }
    return Patient.builder().from(patient).currentMedications(kept).build();
  }

  /**
   * The change between a current daily total and a proposed one of the same ingredient and route, when
   * both are known and convert: empty proposed is {@code STOPPED}, empty current {@code NEW}.
   */
  public static Optional<MedicationChange> between(Optional<DailyDose> current, Optional<DailyDose> proposed) {
    if (current.isEmpty()) {
      return proposed.map(p -> MedicationChange.NEW);
    }
    if (proposed.isEmpty()) {
      return Optional.of(MedicationChange.STOPPED);
    }
    if (current.get().amount().dimension() != proposed.get().amount().dimension()) {
      return Optional.empty();
    }
    int cmp = proposed.get().compareTo(current.get());
    return Optional.of(cmp > 0 ? MedicationChange.INCREASED : cmp < 0 ? MedicationChange.REDUCED : MedicationChange.CONTINUED);
  }

  /**
   * Ingredient, route and dose dimension, as the schedule groups doses (PHARM-S02): the RxNorm
   * ingredient code, {@link Drug#route()}, and the dimension of the drug's dose unit, so a gel in grams
   * and a patch are never added together.
   */
  static String key(Drug drug) {
    String dimension = drug.dosing().map(d -> d.doseUnit().dimension().name()).orElse("");
    return drug.rxNorm().code() + "|" + drug.route() + "|" + dimension;
  }

  /** The items' total per average day, or on the heaviest day; empty when their dimensions differ. */
  private static Optional<DailyDose> total(List<RegimenItem> items, boolean heaviestDay) {
    Dimension dimension = items.get(0).amount().dimension();
    DailyDose sum = null;
    for (RegimenItem item : items) {
      if (item.amount().dimension() != dimension) {
        return Optional.empty();
      }
      DailyDose day =
          heaviestDay
              ? item.administrationDayTotal()
              : item.daily();
      sum = sum == null ? day : sum.plus(day);
    }
    return Optional.ofNullable(sum);
  }
}
