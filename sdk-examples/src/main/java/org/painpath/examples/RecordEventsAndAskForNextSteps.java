package org.painpath.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.Recommendation;

/**
 * Records a first visit as commands (each judged by the pathway and turned into events, or refused
 * with reasons), then asks for the next steps. The date is always passed in: the pathway reads no clock.
 */
public final class RecordEventsAndAskForNextSteps {

  private static final LocalDate FIRST_VISIT = LocalDate.of(2025, 3, 3);

  private RecordEventsAndAskForNextSteps() {}

  public static void main(String[] args) {
    Pathway pathway = Pathway.standard();
    Patient patient =
        Patient.builder().age(Age.years(52)).sex(Sex.F).weightKg(new BigDecimal("70")).serumCreatinine(SerumCreatinine.mgPerDl("0.9")).build();

    CaseLog log = CaseLog.start(patient);
    log = record(pathway, log, new OpenCase(FIRST_VISIT, "8 weeks of paracetamol, heat and a home exercise sheet", false));
    log = record(pathway, log, new AssessRedFlags(FIRST_VISIT, Set.of()));
    log = record(pathway, log, new SkipWorkup(FIRST_VISIT, "complete work-up at the practice two weeks ago, all normal"));
    log = record(pathway, log, new RecordOutcome(FIRST_VISIT, Instrument.PEG, List.of(7, 6, 7)));
    // No neuropathic component was documented when the case was opened: the pathway refuses this one.
    log = record(pathway, log, new StartDrugTrial(FIRST_VISIT, "pregabalin", null, null));

    Plan plan = pathway.recommend(log.replay(), FIRST_VISIT);
    System.out.println("phase: " + plan.state().phase());
    for (Recommendation next : plan.recommendations()) {
      System.out.println("next: " + next.getClass().getSimpleName() + ": " + next.rationale() + " " + next.citations());
    }
    plan.warnings().forEach(w -> System.out.println("warning: " + w.code() + ": " + w.message()));
  }

  /** Hands one command to the pathway; an accepted one extends the log, a refused one is reported. */
  private static CaseLog record(Pathway pathway, CaseLog log, Command command) {
    Pathway.Handled handled = pathway.handle(log, command, command.date());
    if (handled.decision() instanceof Rejected rejected) {
      for (Finding reason : rejected.reasons()) {
        System.out.println("refused " + command.getClass().getSimpleName() + ": " + reason.code() + ": " + reason.message());
      }
    } else {
      System.out.println("recorded " + command.getClass().getSimpleName());
    }
    return handled.log();
  }
}
