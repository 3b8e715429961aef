package org.painpath.testkit.api.pathway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.painpath.core.code.Code;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalDataAge;
import org.painpath.core.quantity.DailyDose;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.RecordCondition;
import org.painpath.pathway.command.RecordLabResult;
import org.painpath.pathway.command.RecordMedicationStarted;
import org.painpath.pathway.command.RecordMedicationStopped;
import org.painpath.pathway.command.RecordWeight;
import org.painpath.pathway.command.ResolveCondition;
import org.painpath.pathway.state.CaseState;

/**
 * Patient-fact commands (issue 13): a new creatinine (more often worse than the one in force, and more
 * often while a trial is taken, so chains reach a kidney decline during a trial), a new weight, a
 * medication started elsewhere (an MAOI, an opioid or a statin) or stopped, a condition recorded or
 * resolved; now and then one the facts in force refuse (a stop of a medication not taken).
 */
final class FactCommands {

  static final Code PHENELZINE = Code.rxNorm("8123", "phenelzine");
  private static final Code OXYCODONE = Code.rxNorm("7804", "oxycodone");
  private static final Code ATORVASTATIN = Code.rxNorm("83367", "atorvastatin");
  private static final Code CKD_STAGE_4 = Code.icd10cm("N18.4", "Chronic kidney disease, stage 4 (severe)");
  private static final List<String> CREATININES_MG_DL = List.of("0.8", "1.0", "1.4", "2.0", "2.6", "4.0", "6.5");

  private FactCommands() {}

  static void add(CaseState state, LocalDate day, Weighted choices) {
    Patient now = state.patientOn(day);
    boolean trialTaken = !state.takenTrials().isEmpty();
    // a light touch overall, so chains still reach failed trials and the referral
    // stale kidney data refuse starts and steps of renally dosed drugs (CORE-K01): a clinician measures again
    boolean stale = state.renalDataMeasuredOn(day).map(measured -> RenalDataAge.isStale(measured, day)).orElse(false);
    Weighted other = new Weighted();
    if (trialTaken || stale) {
      choices.add(stale ? 4 : 2, creatinine(now, day));
    } else {
      other.add(1, creatinine(now, day));
    }
    other.add(1, Arbitraries.of("52", "68", "85", "110").map(kg -> (Command) new RecordWeight(day, new BigDecimal(kg))));
    other.add(
        1,
        Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(MedicationStatement.taking(PHENELZINE))),
                Tuple.of(1, Arbitraries.just(MedicationStatement.taking(OXYCODONE, DailyDose.mg(20)))),
                Tuple.of(1, Arbitraries.just(MedicationStatement.taking(ATORVASTATIN))))
            .map(m -> (Command) new RecordMedicationStarted(day, m)));
    List<Code> taken = now.currentMedications().stream().filter(MedicationStatement::isCurrent).map(MedicationStatement::medication).toList();
    other.add(
        1,
        taken.isEmpty()
            ? Arbitraries.just(new RecordMedicationStopped(day, PHENELZINE)) // refused: not taken
            : Arbitraries.of(taken).map(code -> (Command) new RecordMedicationStopped(day, code)));
    boolean ckd = now.conditions().stream().anyMatch(c -> c.sameConceptAs(CKD_STAGE_4));
    other.add(1, ckd ? new ResolveCondition(day, CKD_STAGE_4) : new RecordCondition(day, CKD_STAGE_4));
    choices.add(1, other.draw());
  }

  /** A creatinine in mg/dL, mostly above the one in force (a kidney decline), sometimes any value. */
  private static Arbitrary<Command> creatinine(Patient now, LocalDate day) {
    BigDecimal current = now.serumCreatinine().map(c -> c.mgPerDl()).orElse(BigDecimal.ONE);
    List<String> worse = CREATININES_MG_DL.stream().filter(v -> new BigDecimal(v).compareTo(current) > 0).toList();
    Arbitrary<String> any = Arbitraries.of(CREATININES_MG_DL);
    Arbitrary<String> value = worse.isEmpty() ? any : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(worse)), Tuple.of(1, any));
    return value.map(v -> (Command) new RecordLabResult(day, LabTest.CREATININE.loinc(), new BigDecimal(v), "mg/dL", null, null));
  }
}
