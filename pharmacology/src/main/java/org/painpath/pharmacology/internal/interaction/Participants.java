package org.painpath.pharmacology.internal.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.InteractionRule;

/**
 * Everyone in the interaction checks: the regimen's drugs and the patient's current medications. A
 * current medication with a regimen drug's ingredient is that regimen drug (the regimen is the proposed
 * whole), so it is not counted twice. A current medication nobody recognises is reported: its
 * interactions were not checked; if it resembles a contraindicated partner, it must be confirmed.
 */
public record Participants(List<Participant> all, List<Finding> unrecognised) {

  public Participants {
    all = List.copyOf(all);
    unrecognised = List.copyOf(unrecognised);
  }

  public static Participants of(MedicationIndex index, List<Drug> regimenDrugs, Patient patient) {
    return of(regimenDrugs, patient, MedicationMatcher.matchAll(index, patient));
  }

  /**
   * As {@link #of(MedicationIndex, List, Patient)} with the patient's medications already matched ({@code
   * matches[i]} is what {@code currentMedications[i]} was recognised as).
   */
  public static Participants of(List<Drug> regimenDrugs, Patient patient, List<MedicationMatch> matches) {
    return of(regimenDrugs, patient, matches, List.of());
  }

  /**
   * As {@link #of(List, Patient, List)}, judging near matches of unrecognised statements against the
   * pack's interaction {@code rules}: one that resembles a contraindicated partner is reported as {@code
   * possible-contraindicated-partner} (MAJOR) instead of {@code unknown-drug} ({@link PossiblePartners}).
   */
  public static Participants of(List<Drug> regimenDrugs, Patient patient, List<MedicationMatch> matches, List<InteractionRule> rules) {
    Map<String, Participant> byName = new LinkedHashMap<>();
    for (Drug d : regimenDrugs) {
      byName.put(d.name(), new Participant(d.name(), d.classes(), Origin.REGIMEN));
    }
    List<Finding> unrecognised = new ArrayList<>();
    List<MedicationStatement> statements = patient.currentMedications();
    for (int i = 0; i < statements.size(); i++) {
      MedicationStatement statement = statements.get(i);
      if (!statement.isCurrent()) {
        continue;
      }
      MedicationMatch match = matches.get(i);
      if (!match.recognised()) {
        List<Finding> partners = PossiblePartners.of(statement, match, regimenDrugs, rules);
        if (partners.isEmpty()) {
          unrecognised.add(unrecognised(statement, match));
        } else {
          unrecognised.addAll(partners);
        }
        continue;
      }
      LocalDate plannedStop = statement.plannedStopOn();
      if (!match.drugs().isEmpty()) {
        if (!sharesIngredient(regimenDrugs, match.drugs())) {
          Participant p = fromDrugs(match.drugs(), plannedStop);
          byName.merge(p.name(), p, Participants::longest);
        }
      } else {
        match.coMedication()
            .ifPresent(co ->
                byName.merge(
                    co.name(),
                    new Participant(co.name(), EnumSet.copyOf(co.classes()), Origin.CURRENT_MEDICATION, plannedStop),
                    Participants::longest));
      }
    }
    return new Participants(List.copyOf(byName.values()), unrecognised);
  }

  private static boolean sharesIngredient(List<Drug> regimen, List<Drug> matched) {
    for (Drug r : regimen) {
      for (Drug m : matched) {
        if (m.rxNorm().sameConceptAs(r.rxNorm())) {
          return true;
        }
      }
    }
    return false;
  }

  /** One participant for the formulations an ingredient code matched, with all their classes. */
  private static Participant fromDrugs(List<Drug> drugs, @Nullable LocalDate plannedStop) {
    Set<DrugClass> classes = EnumSet.noneOf(DrugClass.class);
    drugs.forEach(d -> classes.addAll(d.classes()));
    String name = drugs.size() == 1 ? drugs.get(0).name() : drugs.get(0).definition().ingredient();
    return new Participant(name, classes, Origin.CURRENT_MEDICATION, plannedStop);
  }

  /**
   * The same medication stated twice is taken as long as the longer statement says: one without a planned
   * stop goes on, otherwise the later planned stop counts (a regimen drug (the first) is kept as it is).
   */
  private static Participant longest(Participant kept, Participant other) {
    if (kept.origin() == Origin.REGIMEN || kept.plannedStop().isEmpty()) {
      return kept;
    }
    if (other.plannedStop().isEmpty() || other.plannedStop().get().isAfter(kept.plannedStop().get())) {
      return new Participant(kept.name(), kept.classes(), kept.origin(), other.plannedStopOn());
    }
    return kept;
  }

  private static Finding unrecognised(MedicationStatement statement, MedicationMatch match) {
    List<String> resembles = match.nearMatches().stream().map(NearMatch::known).distinct().toList();
    Finding.Builder b =
        Finding.builder(FindingCodes.UNKNOWN_DRUG, Severity.MODERATE)
            .about(statement.medication().display())
            .message(() ->
                "\"" + statement.medication().display() + "\" is neither a pack drug nor a known co-medication"
                    + (resembles.isEmpty() ? "" : " (it resembles " + String.join(", ", resembles) + ")")
                    + "; its interactions were not checked.")
            .value("rxNorm", statement.medication().code())
            .cite(Decisions.FAIL_CLOSED);
    if (!resembles.isEmpty()) {
      b.value("resembles", String.join(",", resembles));
    }
    return b.build();
  }
}
