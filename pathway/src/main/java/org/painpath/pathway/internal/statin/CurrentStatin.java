package org.painpath.pathway.internal.statin;

import java.util.Optional;
import org.painpath.core.code.Code;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.evaluation.statin.MuscleSymptoms;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.StatinHeld;
import org.painpath.pathway.event.StatinSymptomSeverity;
import org.painpath.pathway.event.StatinSymptomsRecurred;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.StatinCourse;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.DrugPack;

/**
 * Finds the statin the patient takes (the rechallenge statin, a resumed one, or a current medication
 * pharmacology's pack knows as a statin) and holds it when the work-up shows statin-associated muscle
 * symptoms; on a rechallenge statin that is a recurrence.
 */
public final class CurrentStatin {

  private final DrugPack pack;

  public CurrentStatin(DrugPack pack) {
    this.pack = pack;
  }

  /**
   * What the statin course must record when the work-up shows statin-associated muscle symptoms: the
   * statin held (or, on a rechallenge statin, a recurrence), so no statin stays active while the
   * symptoms are unresolved (SAMS-02, SAMS-03). Empty when no statin is being taken.
   */
  public Optional<PathwayEvent> holdFor(CaseState state, RecordWorkupResults command) {
    StatinCourse course = state.statin();
    StatinSymptomSeverity severity =
        command.signs().muscleSymptoms().filter(s -> s == MuscleSymptoms.SEVERE).isPresent()
            ? StatinSymptomSeverity.SEVERE
            : StatinSymptomSeverity.MILD_MODERATE;
    switch (course.status()) {
      case RECHALLENGED:
        return Optional.of(new StatinSymptomsRecurred(command.date()));
      case NOT_INVOLVED:
        return statinTaken(state.patientOn(command.date())).map(statin -> new StatinHeld(command.date(), statin, severity));
      case TOLERATED:
      case RESUMED:
        return Optional.ofNullable(course.currentStatin()).map(statin -> new StatinHeld(command.date(), statin, severity));
      default:
        return Optional.empty(); // already held: nothing more to stop
    }
  }

  Optional<Code> statinTaken(Patient patient) {
    return patient.currentMedications().stream()
        .filter(MedicationStatement::isCurrent)
        .map(MedicationStatement::medication)
        .filter(this::isStatin)
        .findFirst();
  }

  boolean isStatin(Code code) {
    return pack.findByRxNorm(code).stream().anyMatch(Drug::isStatin);
  }
}
