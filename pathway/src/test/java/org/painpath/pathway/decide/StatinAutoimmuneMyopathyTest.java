package org.painpath.pathway.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.evaluation.workup.LabResult;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.AttributeSymptomsElsewhere;
import org.painpath.pathway.command.HoldStatin;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.RecordCondition;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.command.ReviewStatinSymptoms;
import org.painpath.pathway.event.StatinSymptomSeverity;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.scenario.Clinic;
import org.painpath.pathway.scenario.Fixtures;

/** SAMS-14 from the decider's side: the myopathy found with the statin stopped, or recorded, refuses every statin again. */
class StatinAutoimmuneMyopathyTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
  static final Code G72_49 = Code.icd10cm("G72.49", "Other inflammatory and immune myopathies, not elsewhere classified");

  @Test
  void a_work_up_with_the_statin_already_stopped_finds_the_myopathy_and_refuses_a_rechallenge() {
    Clinic clinic = Clinic.admit(Fixtures.adult(66, Sex.F), DAY);
    clinic.accept(new OpenCase(DAY, "8 weeks of exercise", false));
    clinic.accept(new AssessRedFlags(DAY, Set.of()));
    clinic.accept(new OrderWorkup(DAY));

    clinic.after(7).accept(
        new RecordWorkupResults(
            clinic.today(),
            Fixtures.with(LabResult.of(LabTest.CK, "1500", "U/L", "30", "200")),
            Fixtures.unremarkable()
                .onStatin(false)
                .statinStoppedOn(DAY.minusDays(90))
                .resolvedSinceStatinStopped(false)
                .weaknessPersistsAfterStoppingStatin(true)
                .build()));

    assertThat(clinic.state().cause(UnderlyingCause.STATIN_AUTOIMMUNE_MYOPATHY)).isPresent();
    Rejected refused =
        (Rejected) clinic.pathwayDecision(
            new org.painpath.pathway.command.RechallengeStatin(clinic.today(), Fixtures.ROSUVASTATIN, Dose.mg(5), Frequency.ONCE_DAILY),
            clinic.today());
    assertThat(refused.reasons()).extracting(f -> f.code()).contains("statin-autoimmune-myopathy-suspected");
  }

  @Test
  void a_recorded_myopathy_code_refuses_the_rechallenge_and_the_plan_keeps_every_statin_stopped() {
    Clinic clinic = Clinic.admit(Fixtures.onAtorvastatin(60, Sex.F), DAY);
    clinic.accept(new OpenCase(DAY, "physiotherapy", false));
    clinic.accept(new HoldStatin(DAY, Fixtures.ATORVASTATIN, StatinSymptomSeverity.MILD_MODERATE));
    clinic.on(DAY.plusDays(14)).accept(new ReviewStatinSymptoms(clinic.today(), true, null));
    assertThat(clinic.plan().recommendations()).anyMatch(org.painpath.pathway.plan.RechallengeStatin.class::isInstance);

    clinic.accept(new RecordCondition(clinic.today(), G72_49));

    Rejected refused =
        (Rejected) clinic.pathwayDecision(
            new org.painpath.pathway.command.RechallengeStatin(clinic.today(), Fixtures.ROSUVASTATIN, Dose.mg(5), Frequency.ONCE_DAILY),
            clinic.today());
    assertThat(refused.reasons())
        .anySatisfy(f -> {
          assertThat(f.code()).isEqualTo("statin-autoimmune-myopathy-suspected");
          assertThat(f.values()).containsEntry("condition", "ICD-10-CM G72.49").containsEntry("matchedBy", "code");
        });
    assertThat(clinic.plan().recommendations()).noneMatch(org.painpath.pathway.plan.RechallengeStatin.class::isInstance);
    assertThat(clinic.plan().recommendations()).anyMatch(org.painpath.pathway.plan.HoldStatin.class::isInstance);
  }

  @Test
  void the_symptoms_are_not_called_not_statin_related_while_the_myopathy_is_suspected() {
    Clinic clinic = Clinic.admit(Fixtures.onAtorvastatin(60, Sex.F), DAY);
    clinic.accept(new OpenCase(DAY, "physiotherapy", false));
    clinic.accept(new HoldStatin(DAY, Fixtures.ATORVASTATIN, StatinSymptomSeverity.MILD_MODERATE));
    clinic.on(DAY.plusMonths(3)).accept(new RecordCondition(clinic.today(), G72_49));

    Rejected refused = (Rejected) clinic.pathwayDecision(new AttributeSymptomsElsewhere(clinic.today(), "unchanged"), clinic.today());

    assertThat(refused.reasons()).extracting(f -> f.code()).contains("statin-autoimmune-myopathy-suspected");
    assertThat(clinic.plan().recommendations()).noneMatch(r -> r.rationale().contains("consider other causes"));
  }
}
