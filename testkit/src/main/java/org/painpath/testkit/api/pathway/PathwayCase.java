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

  /**
   * A patient not yet on the pathway, seen first on {@code firstVisit}.
   *
   * @param pathway the pathway that judges every command
   * @param patient the patient
   * @param firstVisit the date of the first visit, which later visits count from
   * @return the case with an empty log
   */
  public static PathwayCase admit(Pathway pathway, Patient patient, LocalDate firstVisit) {
    CaseLog empty = CaseLog.start(patient);
    return new PathwayCase(pathway, empty, firstVisit, null, null, empty, null);
  }

  /**
   * The case after a visit {@code daysLater} days on, at which {@code command} is decided. A command
   * the pathway refuses as bad input (an unknown drug) leaves the log as it was and is kept as
   * {@link #lastRefusal()}.
   *
   * @param daysLater days from the previous visit to this one (0 for the same day)
   * @param command the command decided at the visit
   * @return the new case; this one is unchanged
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

  /**
   * The pathway that judges the case.
   *
   * @return the pathway
   */
  public Pathway pathway() {
    return pathway;
  }

  /**
   * The case's log after the last visit.
   *
   * @return the log
   */
  public CaseLog log() {
    return log;
  }

  /**
   * The state the log replays to.
   *
   * @return the state
   */
  public CaseState state() {
    return state;
  }

  /**
   * The date of the last visit.
   *
   * @return the date
   */
  public LocalDate today() {
    return today;
  }

  /**
   * The command of the last visit.
   *
   * @return the command, or null before the first visit
   */
  public @Nullable Command lastCommand() {
    return lastCommand;
  }

  /**
   * The pathway's decision on the last command.
   *
   * @return the decision, or null before the first visit or when the command was refused as bad input
   */
  public @Nullable Decision lastDecision() {
    return lastDecision;
  }

  /**
   * The log before the last visit, to compare with {@link #log()}.
   *
   * @return the previous log
   */
  public CaseLog logBefore() {
    return logBefore;
  }

  /**
   * The bad-input refusal of the last command (e.g. an unknown drug).
   *
   * @return the refusal, or null when the last command was decided
   */
  public @Nullable InvalidInputException lastRefusal() {
    return lastRefusal;
  }

  @Override
  public String toString() {
    return "case on " + today + " in " + state.phase() + " with " + log.events().size() + " events";
  }
}
