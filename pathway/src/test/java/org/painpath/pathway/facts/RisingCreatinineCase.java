package org.painpath.pathway.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.Dose;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.schedule.Frequency;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.RecordLabResult;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.log.CaseLog;

/**
 * The scripted case of the {@code creatinine-rises-during-gabapentin} sample: a 72-year-old man, 70 kg,
 * creatinine 1.0 mg/dL (Cockcroft-Gault about 66 mL/min), gabapentin titrated to 1800 mg/day, then a
 * creatinine of 2.6 mg/dL (about 25 mL/min) on {@link #RISE}.
 */
public final class RisingCreatinineCase {

  static final LocalDate OPENED = LocalDate.of(2025, 1, 6);
  static final LocalDate RISE = LocalDate.of(2025, 3, 3);
  static final Pathway PATHWAY = Pathway.standard();

  private RisingCreatinineCase() {}

  static Patient patient() {
    return Patient.builder()
        .age(Age.years(72))
        .sex(Sex.M)
        .weightKg(new BigDecimal("70"))
        .serumCreatinine(SerumCreatinine.mgPerDl("1.0"))
        .build();
  }

  /** The log up to 900 mg/day (300 mg TID), the step before the last. */
  static CaseLog titratedTo900() {
    CaseLog log = CaseLog.start(patient());
    log = accept(log, new OpenCase(OPENED, "8 weeks of paracetamol, heat and a home exercise sheet", true));
    log = accept(log, new AssessRedFlags(OPENED, Set.of()));
    log = accept(log, new SkipWorkup(OPENED, "complete work-up last month, all within range"));
    log = accept(log, new RecordOutcome(OPENED, Instrument.PEG, java.util.List.of(7, 6, 7)));
    log = accept(log, new StartDrugTrial(LocalDate.of(2025, 1, 13), "gabapentin", Dose.mg(300), Frequency.AT_BEDTIME));
    log = accept(log, new ChangeDose(LocalDate.of(2025, 1, 20), "gabapentin", Dose.mg(300), Frequency.TWICE_DAILY, false));
    return accept(log, new ChangeDose(LocalDate.of(2025, 1, 27), "gabapentin", Dose.mg(300), Frequency.THREE_TIMES_DAILY, false));
  }

  /** The log up to the last dose step (1800 mg/day, the top of his schedule), before the new creatinine. */
  static CaseLog titrated() {
    return accept(titratedTo900(), new ChangeDose(LocalDate.of(2025, 2, 10), "gabapentin", Dose.mg(600), Frequency.THREE_TIMES_DAILY, false));
  }

  /** The whole sample: the titrated case and the new creatinine. */
  public static CaseLog withRise() {
    return accept(titrated(), creatinine(RISE, "2.6"));
  }

  static RecordLabResult creatinine(LocalDate on, String mgPerDl) {
    return new RecordLabResult(on, LabTest.CREATININE.loinc(), new BigDecimal(mgPerDl), "mg/dL", null, null);
  }

  static CaseLog accept(CaseLog log, Command command) {
    Pathway.Handled handled = PATHWAY.handle(log, command, command.date());
    assertThat(handled.decision()).as("decision on %s: %s", command, handled.decision()).isInstanceOf(Accepted.class);
    return handled.log();
  }
}
