package org.painpath.testkit.api.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.state.CaseState;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.testkit.api.core.Patients;
import org.painpath.testkit.api.pathway.PathwayCommands;
import org.painpath.testkit.api.pathway.TamperedLogs;
import org.painpath.testkit.api.pharmacology.Drugs;
import org.painpath.testkit.api.pharmacology.Regimens;
import org.apiguardian.api.API;

/**
 * The public values painpath writes as JSON, from the testkit's generators: patients, regimens,
 * verdicts with their findings, dose limits, titration schedules, case logs with their events, the
 * commands a clinician may give next, and plans. For serialisation properties ("every public value
 * reads back equal", "a host's mapper writes the SDK's bytes").
 */
@API(status = EXPERIMENTAL)
public final class JsonValues {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private JsonValues() {
    // Must never be called: static entry points only.
  }

  /**
   * Any of the values below; a case log brings its events, next command and plan along.
   *
   * @return lists of values with their declared types, for a round trip through a mapper
   */
  public static Arbitrary<List<JsonValue<?>>> any() {
    return Arbitraries.oneOf(pharmacologyValues(), caseValues(TamperedLogs.sampleLogs()), caseValues(TamperedLogs.logs(Pathway.standard(), 3)));
  }

  /** A patient, a regimen, its verdict and findings, and the limits and titration of a pathway drug
   * for the patient (when the patient has them).
   *
   * @return the pharmacology values of one generated patient and regimen
   */
  public static Arbitrary<List<JsonValue<?>>> pharmacologyValues() {
    return Combinators.combine(Patients.any(), Regimens.any(), Drugs.pathwayDrugs())
        .as(
            (patient, regimen, drug) -> {
              Pharmacology pharmacology = Pharmacology.bundled();
              List<JsonValue<?>> values = new ArrayList<>();
              values.add(JsonValue.of(patient, Patient.class));
              values.add(JsonValue.of(regimen, Regimen.class));
              RegimenVerdict verdict = pharmacology.check(regimen, patient, AS_OF);
              values.add(JsonValue.of(verdict, RegimenVerdict.class));
              verdict.findings().forEach(f -> values.add(JsonValue.of(f, Finding.class)));
              try {
                values.add(JsonValue.of(pharmacology.limits(drug, patient), DoseLimits.class));
                values.add(JsonValue.of(pharmacology.titrate(drug, patient), TitrationSchedule.class));
              } catch (InvalidInputException refused) {
                // no limits for this patient (kidney function unknown, a drug never started): nothing to write
              }
              return values;
            });
  }

  /**
   * A case log, each of its events, a command that could come next, and the plan for the case.
   *
   * @param logs the case logs to take the values from
   * @return the values of one case
   */
  public static Arbitrary<List<JsonValue<?>>> caseValues(Arbitrary<CaseLog> logs) {
    return logs.flatMap(
        log -> {
          Pathway pathway = Pathway.standard();
          CaseState state = pathway.replay(log);
          LocalDate day = log.events().isEmpty() ? AS_OF : log.events().get(log.events().size() - 1).date();
          return PathwayCommands.next(state, day)
              .map(
                  command -> {
                    List<JsonValue<?>> values = new ArrayList<>();
                    values.add(JsonValue.of(log, CaseLog.class));
                    log.events().forEach(e -> values.add(JsonValue.of(e, PathwayEvent.class)));
                    values.add(JsonValue.of(command, Command.class));
                    Plan plan = pathway.plan(log, day);
                    values.add(JsonValue.of(plan, Plan.class));
                    plan.warnings().forEach(f -> values.add(JsonValue.of(f, Finding.class)));
                    return values;
                  });
        });
  }
}
