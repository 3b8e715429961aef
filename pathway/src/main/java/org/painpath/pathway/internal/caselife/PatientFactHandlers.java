package org.painpath.pathway.internal.caselife;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.RecordCondition;
import org.painpath.pathway.command.RecordCreatinineClearance;
import org.painpath.pathway.command.RecordLabResult;
import org.painpath.pathway.command.RecordMedicationStarted;
import org.painpath.pathway.command.RecordMedicationStopped;
import org.painpath.pathway.command.RecordWeight;
import org.painpath.pathway.command.RecordsPatientFact;
import org.painpath.pathway.command.ResolveCondition;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.event.PatientFact;
import org.painpath.pathway.internal.rule.Accept;
import org.painpath.pathway.internal.rule.CommandNames;
import org.painpath.pathway.internal.rule.Handler;
import org.painpath.pathway.state.CaseState;

/**
 * Facts about the patient recorded in an open case (issue 13, PW-30): the command's event when the fact
 * can follow the facts in force, else a BLOCKING refusal per problem, with the code and field the log
 * read would give ({@code medication-not-taken}, {@code condition-already-recorded}: PW-33, one rule in
 * {@code PatientTimeline}). The gates (log order, open case, closed case) are asked before, as for any command.
 */
public final class PatientFactHandlers {

  /** The DESIGN decision behind what a fact must follow. */
  static final Citation MEDICATIONS_AND_CONDITIONS = new Citation("PW-33", List.of(), Verification.DESIGN);

  private PatientFactHandlers() {}

  public static void register(Handler.Registry handlers) {
    handlers
        .on(RecordLabResult.class, PatientFactHandlers::record)
        .on(RecordCreatinineClearance.class, PatientFactHandlers::record)
        .on(RecordWeight.class, PatientFactHandlers::record)
        .on(RecordMedicationStarted.class, PatientFactHandlers::record)
        .on(RecordMedicationStopped.class, PatientFactHandlers::record)
        .on(RecordCondition.class, PatientFactHandlers::record)
        .on(ResolveCondition.class, PatientFactHandlers::record);
  }

  private static <C extends Command & RecordsPatientFact> Decision record(CaseState state, C command, LocalDate asOf) {
    Problems problems = state.timeline().problemsAdding((PatientFact) command.fact(), "command");
    if (problems.isEmpty()) {
      return Accept.with(command.fact());
    }
    List<Finding> refusals = new ArrayList<>();
    for (Problem p : problems) {
      refusals.add(
          Finding.builder(p.code(), Severity.BLOCKING)
              .message("Cannot " + CommandNames.of(command) + ": " + p.message() + ".")
              .value("field", p.field())
              .value("command", CommandNames.of(command))
              .cite(MEDICATIONS_AND_CONDITIONS)
              .build());
    }
    return new Rejected(refusals);
  }
}
