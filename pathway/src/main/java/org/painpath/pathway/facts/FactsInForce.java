package org.painpath.pathway.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.Problems;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.pathway.event.ConditionRecorded;
import org.painpath.pathway.event.ConditionResolved;
import org.painpath.pathway.event.CreatinineClearanceRecorded;
import org.painpath.pathway.event.LabResultRecorded;
import org.painpath.pathway.event.MedicationStarted;
import org.painpath.pathway.event.MedicationStopped;
import org.painpath.pathway.event.PatientFact;
import org.painpath.pathway.event.WeightRecorded;

/**
 * The patient's changeable facts while one walk over the log applies them, in log order. Confined to
 * the one call of {@link PatientTimeline} that creates it (never shared, never returned), so its
 * mutability is an implementation detail of a pure function.
 *
 * <p>Kidney data move together: a creatinine or a clearance measured on a later date than the data in
 * force replaces both (the other is emptied), so an older given clearance never overrides a newer
 * creatinine (a given clearance is used as is, see {@code RenalFunction}) and values of different dates
 * are never set against each other; a creatinine and a clearance measured on the same date stand together.
 */
final class FactsInForce {

  private @Nullable BigDecimal weightKg;
  private @Nullable SerumCreatinine serumCreatinine;
  private @Nullable CreatinineClearance creatinineClearance;
  private @Nullable LocalDate kidneyMeasuredOn;
  private boolean kidneyFromFacts;
  private final List<MedicationStatement> medications;
  private final List<Code> conditions;

  /** The initial patient's facts; its kidney data (if any) taken as measured on {@code openedOn}. */
  FactsInForce(Patient initial, @Nullable LocalDate openedOn) {
    weightKg = initial.weightKg().orElse(null);
    serumCreatinine = initial.serumCreatinine().orElse(null);
    creatinineClearance = initial.creatinineClearance().orElse(null);
    boolean kidneyData = serumCreatinine != null || creatinineClearance != null;
    kidneyMeasuredOn = kidneyData ? openedOn : null;
    medications = new ArrayList<>(initial.currentMedications());
    conditions = new ArrayList<>(initial.conditions());
  }

  /**
   * Applies one fact; a fact that cannot follow the facts in force (a stop of a medication not taken,
   * a resolve of a condition not recorded, a start of one already taken, a condition recorded twice) is
   * named under {@code at} and not applied.
   */
  void apply(PatientFact fact, String at, Problems.Collector problems) {
    if (fact instanceof LabResultRecorded lab) {
      lab.serumCreatinine().ifPresent(c -> kidney(lab.date(), c, null));
    } else if (fact instanceof CreatinineClearanceRecorded clearance) {
      kidney(clearance.date(), null, clearance.creatinineClearance());
    } else if (fact instanceof WeightRecorded weight) {
      weightKg = weight.weightKg();
    } else if (fact instanceof MedicationStarted started) {
      started(started, at, problems);
    } else if (fact instanceof MedicationStopped stopped) {
      stopped(stopped, at, problems);
    } else if (fact instanceof ConditionRecorded recorded) {
      if (problems.check(
          !hasCondition(recorded.condition()),
          at + ".condition",
          "condition-already-recorded",
          () -> recorded.condition() + " is already among the patient's conditions")) {
        conditions.add(recorded.condition());
      }
    } else if (fact instanceof ConditionResolved resolved) {
      if (problems.check(
          hasCondition(resolved.condition()),
          at + ".condition",
          "condition-not-recorded",
          () -> resolved.condition() + " is not among the patient's conditions, so it cannot resolve")) {
        conditions.removeIf(c -> c.sameConceptAs(resolved.condition()));
      }
    }
  }

  private void kidney(LocalDate on, @Nullable SerumCreatinine creatinine, @Nullable CreatinineClearance clearance) {
    if (!kidneyFromFacts || kidneyMeasuredOn == null || on.isAfter(kidneyMeasuredOn)) {
      serumCreatinine = null;
      creatinineClearance = null;
    }
    if (creatinine != null) {
      serumCreatinine = creatinine;
    }
    if (clearance != null) {
      creatinineClearance = clearance;
    }
    kidneyMeasuredOn = on;
    kidneyFromFacts = true;
  }

  private void started(MedicationStarted started, String at, Problems.Collector problems) {
    Code drug = started.medication().medication();
    if (problems.check(
        !taking(drug),
        at + ".medication.medication",
        "medication-already-taken",
        () -> drug + " is already taken; record its stop first (a new dose is a stop and a start)")) {
      medications.removeIf(m -> m.medication().sameConceptAs(drug)); // its earlier, stopped statements
      medications.add(started.medication());
    }
  }

  private void stopped(MedicationStopped stopped, String at, Problems.Collector problems) {
    Code drug = stopped.medication();
    if (problems.check(
        taking(drug),
        at + ".medication",
        "medication-not-taken",
        () -> drug + " is not among the medications the patient takes, so it cannot stop")) {
      medications.replaceAll(
          m -> m.isCurrent() && m.medication().sameConceptAs(drug)
              ? new MedicationStatement(m.medication(), m.dailyDose(), stopped.date())
              : m);
    }
  }

  private boolean taking(Code drug) {
    return medications.stream().anyMatch(m -> m.isCurrent() && m.medication().sameConceptAs(drug));
  }

  private boolean hasCondition(Code condition) {
    return conditions.stream().anyMatch(c -> c.sameConceptAs(condition));
  }

  Optional<LocalDate> kidneyMeasuredOn() {
    return Optional.ofNullable(kidneyMeasuredOn);
  }

  /** The initial patient with these facts and {@code age}. */
  Patient patient(Patient initial, Age age) {
    return Patient.builder()
        .from(initial)
        .age(age)
        .weightKg(Optional.ofNullable(weightKg))
        .serumCreatinine(Optional.ofNullable(serumCreatinine))
        .creatinineClearance(Optional.ofNullable(creatinineClearance))
        .currentMedications(medications)
        .conditions(conditions)
        .build();
  }
}
