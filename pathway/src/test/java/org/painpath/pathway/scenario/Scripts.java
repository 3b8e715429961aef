package org.painpath.pathway.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.workup.LabResult;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.CompleteTaper;
import org.painpath.pathway.command.ConcludeTrial;
import org.painpath.pathway.command.ManageCause;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.command.ReviewCause;
import org.painpath.pathway.command.ReviewStatinSymptoms;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.command.StopReason;
import org.painpath.pathway.event.UnderlyingCause;

/**
 * The scripted visits behind the four embedded sample cases: each sample log is exactly what the
 * decider produces from these commands, which {@code SampleCasesTest} checks.
 */
public final class Scripts {

  private Scripts() {}

  /** PEG answers (pain, enjoyment, general activity). */
  public static RecordOutcome peg(LocalDate on, int p, int e, int g) {
    return new RecordOutcome(on, Instrument.PEG, List.of(p, e, g));
  }

  /** Opens a case, screens red flags (none) and orders the work-up on the first visit. */
  public static Clinic intake(Clinic clinic, boolean neuropathic) {
    clinic.accept(new OpenCase(clinic.today(), "8 weeks of paracetamol, heat and a home exercise sheet", neuropathic));
    clinic.accept(new AssessRedFlags(clinic.today(), Set.of()));
    clinic.accept(new OrderWorkup(clinic.today()));
    return clinic;
  }

  public static Clinic statinMyalgia() {
    Clinic clinic = intake(Clinic.admit(Fixtures.onAtorvastatin(58, Sex.F), LocalDate.of(2025, 3, 3)), false);
    clinic.after(7).accept(new RecordWorkupResults(clinic.today(), Fixtures.normal(), Fixtures.statinMyalgia()));
    clinic.accept(peg(clinic.today(), 6, 6, 5));
    clinic.accept(new StartIntervention(clinic.today(), "structured-exercise"));
    clinic.after(16).accept(new ReviewStatinSymptoms(clinic.today(), true, null));
    return clinic;
  }

  public static Clinic olderReducedKidneyFunction() {
    Clinic clinic = intake(Clinic.admit(Fixtures.olderWithReducedKidneyFunction(), LocalDate.of(2025, 2, 3)), true);
    clinic.after(7).accept(
        new RecordWorkupResults(
            clinic.today(),
            Fixtures.with(LabResult.of(LabTest.CREATININE, "1.8", "mg/dL")),
            Fixtures.unremarkable().build()));
    clinic.accept(
        new ManageCause(
            clinic.today(), UnderlyingCause.RENAL_IMPAIRMENT, CauseAction.TREAT, "dose every drug to the clearance band"));
    clinic.accept(peg(clinic.today(), 7, 6, 7));
    clinic.accept(new StartIntervention(clinic.today(), "graded-activity"));
    clinic.after(14).accept(new ReviewCause(clinic.today(), UnderlyingCause.RENAL_IMPAIRMENT, false));
    clinic.after(7).accept(StartDrugTrial.bySchedule(clinic.today(), "gabapentin"));
    clinic.after(3).accept(new ChangeDose(clinic.today(), "gabapentin", Dose.mg(200), Frequency.AT_BEDTIME, false));
    return clinic;
  }

  public static Clinic depressionCatastrophizing() {
    Clinic clinic = intake(Clinic.admit(Fixtures.adult(45, Sex.F), LocalDate.of(2025, 2, 24)), false);
    clinic.after(7).accept(new RecordWorkupResults(clinic.today(), Fixtures.normal(), Fixtures.unremarkable().build()));
    clinic.accept(peg(clinic.today(), 7, 7, 8));
    clinic.accept(new RecordOutcome(clinic.today(), Instrument.PHQ9, List.of(2, 2, 2, 1, 1, 1, 1, 1, 0)));
    clinic.accept(new RecordOutcome(clinic.today(), Instrument.GAD7, List.of(1, 1, 1, 1, 1, 1, 1)));
    clinic.accept(new RecordOutcome(clinic.today(), Instrument.PCS, List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0)));
    clinic.accept(
        new RecordOutcome(
            clinic.today(), Instrument.TSK17, List.of(2, 2, 2, 3, 2, 2, 2, 3, 2, 2, 2, 3, 2, 2, 2, 3, 2)));
    clinic.after(7).accept(new StartIntervention(clinic.today(), "massage-myofascial-release"));
    return clinic;
  }

  public static Clinic twoFailedTrials() {
    Clinic clinic = intake(Clinic.admit(Fixtures.adult(50, Sex.M), LocalDate.of(2025, 1, 6)), true);
    clinic.after(7).accept(new RecordWorkupResults(clinic.today(), Fixtures.normal(), Fixtures.unremarkable().build()));
    clinic.accept(peg(clinic.today(), 7, 7, 7));
    clinic.accept(new StartIntervention(clinic.today(), "structured-exercise"));
    clinic.accept(new StartIntervention(clinic.today(), "cbt"));
    clinic.after(7).accept(StartDrugTrial.bySchedule(clinic.today(), "duloxetine"));
    clinic.after(7).accept(new ChangeDose(clinic.today(), "duloxetine", Dose.mg(60), Frequency.ONCE_DAILY, false));
    clinic.after(28).accept(peg(clinic.today(), 6, 7, 6));
    clinic.accept(new ConcludeTrial(clinic.today(), "duloxetine"));
    clinic.after(7).accept(new CompleteTaper(clinic.today(), "duloxetine"));
    clinic.accept(StartDrugTrial.bySchedule(clinic.today(), "gabapentin"));
    clinic.after(1).accept(new ChangeDose(clinic.today(), "gabapentin", Dose.mg(300), Frequency.TWICE_DAILY, false));
    clinic.after(1).accept(new ChangeDose(clinic.today(), "gabapentin", Dose.mg(300), Frequency.THREE_TIMES_DAILY, false));
    clinic.after(5).accept(new StopDrugTrial(clinic.today(), "gabapentin", StopReason.INTOLERABLE_EFFECTS));
    clinic.after(7).accept(new CompleteTaper(clinic.today(), "gabapentin"));
    return clinic;
  }
}
