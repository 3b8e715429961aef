package org.painpath.pathway.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.Patient;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.state.CaseState;

/**
 * A patient's case walked through the pathway in a scenario: each command is decided on the case as
 * it stands and, when accepted, appended; the scenario asserts on the state and plan in between.
 */
public final class Clinic {

  private final Pathway pathway = Pathway.standard();
  private CaseLog log;
  private LocalDate today;

  private Clinic(Patient patient, LocalDate firstVisit) {
    this.log = CaseLog.start(patient);
    this.today = firstVisit;
  }

  public static Clinic admit(Patient patient, LocalDate firstVisit) {
    return new Clinic(patient, firstVisit);
  }

  public Clinic on(LocalDate day) {
    this.today = day;
    return this;
  }

  public Clinic after(int days) {
    this.today = today.plusDays(days);
    return this;
  }

  public LocalDate today() {
    return today;
  }

  /** Decides the command as of today; fails the scenario if it is rejected. */
  public Accepted accept(Command command) {
    Pathway.Handled handled = pathway.handle(log, command, today);
    assertThat(handled.decision())
        .as("decision on %s", command)
        .withFailMessage(() -> "rejected: " + PainpathJson.writePretty(handled.decision()))
        .isInstanceOf(Accepted.class);
    log = handled.log();
    return (Accepted) handled.decision();
  }

  /** Decides the command as of today; fails the scenario if it is accepted. The log is unchanged. */
  public Rejected reject(Command command) {
    CaseLog before = log;
    Decision decision = pathway.handle(log, command, today).decision();
    assertThat(decision).as("decision on %s", command).isInstanceOf(Rejected.class);
    assertThat(log).isEqualTo(before);
    return (Rejected) decision;
  }

  /** The decision on a command as of {@code asOf}, without appending anything. */
  public Decision pathwayDecision(Command command, LocalDate asOf) {
    return pathway.decide(log.replay(), command, asOf);
  }

  public CaseState state() {
    return log.replay();
  }

  public Plan plan() {
    return pathway.plan(log, today);
  }

  public CaseLog log() {
    return log;
  }
}
