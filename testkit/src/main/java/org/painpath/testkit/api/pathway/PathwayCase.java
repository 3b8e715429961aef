package org.painpath.testkit.api.pathway;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.state.CaseState;
import org.apiguardian.api.API;

/**
 * One case under test in a stateful property: the pathway judging it, its log, the clinic's date,
 * and the last command with its decision and the log before it (what the invariants compare).
 * Immutable: each visit returns the next case.
 */
@API(status = EXPERIMENTAL)
public final class PathwayCase {

  private final Pathway pathway;
  private final CaseLog log;
  private final CaseState state;
  private final LocalDate today;
  private final @Nullable Command lastCommand;
  private final @Nullable Decision lastDecision;
  private final CaseLog logBefore;
  private final @Nullable InvalidInputException lastRefusal;

  private PathwayCase(
      Pathway pathway,
      CaseLog log,
      LocalDate today,
      @Nullable Command lastCommand,
      @Nullable Decision lastDecision,
      CaseLog logBefore,
      @Nullable InvalidInputException lastRefusal) {
    this.pathway = pathway;
    this.log = log;
    this.state = log.replay();
    this.today = today;
    this.lastCommand = lastCommand;
    this.lastDecision = lastDecision;
    this.logBefore = logBefore;
    this.lastRefusal = lastRefusal;
  }

  /** A patient not yet on the pathway, seen first on {@code firstVisit}. */
  public static PathwayCase admit(Pathway pathway, Patient patient, LocalDate firstVisit) {
    CaseLog empty = CaseLog.start(patient);
    return new PathwayCase(pathway, empty, firstVisit, null, null, empty, null);
  }

  /**
   * The case after a visit {@code daysLater} days on, at which {@code command} is decided. A command
   * the pathway refuses as bad input (an unknown drug) leaves the log as it was and is kept as
   * {@link #lastRefusal()}.
   */
  public PathwayCase visit(int daysLater, Command command) {
    LocalDate day = today.plusDays(daysLater);
    try {
      Pathway.Handled handled = pathway.handle(log, command, day);
      return new PathwayCase(pathway, handled.log(), day, command, handled.decision(), log, null);
    } catch (InvalidInputException badInput) {
      return new PathwayCase(pathway, log, day, command, null, log, badInput);
    }
  }

  public Pathway pathway() {
    return pathway;
  }

  public CaseLog log() {
    return log;
  }

  public CaseState state() {
    return state;
  }

  public LocalDate today() {
    return today;
  }

  public @Nullable Command lastCommand() {
    return lastCommand;
  }

  public @Nullable Decision lastDecision() {
    return lastDecision;
  }

  public CaseLog logBefore() {
    return logBefore;
  }

  public @Nullable InvalidInputException lastRefusal() {
    return lastRefusal;
  }

  @Override
  public String toString() {
    return "case on " + today + " in " + state.phase() + " with " + log.events().size() + " events";
  }
}
