package org.painpath.pathway.log;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.internal.engine.Fold;
import org.painpath.pharmacology.DrugPack;
import org.apiguardian.api.API;

/**
 * A case as stored: the schema version it was written in, the patient, and the events in order. The
 * state is never stored; it is {@link #replay() replayed}, so the log is the one source of truth.
 * Logs written by earlier schema versions are upgraded on {@link #read(String) read}.
 *
 * @param schemaVersion the schema version; always {@link #CURRENT_SCHEMA_VERSION} in memory
 * @param patient the patient as stated when the case opened
 * @param events the events in order, at most {@link #MAX_EVENTS}
 */
@API(status = STABLE)
public record CaseLog(int schemaVersion, Patient patient, List<PathwayEvent> events) {

  /** The version this code writes. */
  public static final int CURRENT_SCHEMA_VERSION = SchemaUpgrades.CURRENT;

  /** More events than a case gathers in a lifetime of visits; a bound on what a replay can cost (issue 12). */
  public static final int MAX_EVENTS = 10_000;

  /**
   * Validates the components.
   *
   * @param schemaVersion the schema version; always {@link #CURRENT_SCHEMA_VERSION} in memory
   * @param patient the patient as stated when the case opened
   * @param events the events in order, at most {@link #MAX_EVENTS}
   * @throws org.painpath.core.problem.InvalidInputException naming {@code events} when missing, null-containing
   *     or too many, {@code schemaVersion} when not current
   */
  public CaseLog {
    if (events == null) {
      throw InvalidInputException.of("events", "required", "a case log lists its events (may be empty)");
    }
    if (events.size() > MAX_EVENTS) {
      throw InvalidInputException.of("events", "too-many-events", "a case log holds at most " + MAX_EVENTS + " events, was " + events.size());
    }
    if (events.stream().anyMatch(java.util.Objects::isNull)) { // List.of(...).contains(null) would throw
      throw InvalidInputException.of("events", "required", "an event must not be null");
    }
    events = List.copyOf(events);
    if (schemaVersion != CURRENT_SCHEMA_VERSION) {
      throw InvalidInputException.of(
          "schemaVersion",
          "unsupported-schema-version",
          "a log in memory is always at schema version " + CURRENT_SCHEMA_VERSION + ", was " + schemaVersion
              + " (read older logs with CaseLog.read, which upgrades them)");
    }
  }

  /**
   * An empty log for a patient.
   *
   * @param patient the patient
   * @return a log at the current schema version with no events
   * @throws org.painpath.core.problem.InvalidInputException naming {@code patient} when null
   */
  public static CaseLog start(Patient patient) {
    Inputs.required(patient, "patient");
    return new CaseLog(CURRENT_SCHEMA_VERSION, patient, List.of());
  }

  /**
   * Reads a stored log of any supported schema version, upgrading it to the current one, and checks it
   * against the bundled drug pack and evaluation's scoring (see {@link #read(String, DrugPack)}).
   *
   * @param json the stored log
   * @return the log, upgraded to the current schema version
   * @throws org.painpath.core.problem.InvalidInputException naming every problem of the JSON or the log's
   *     consistency
   */
  public static CaseLog read(String json) {
    Inputs.required(json, "json");
    return read(json, DrugPack.bundled());
  }

  /**
   * Reads a stored log and checks it before it is believed (PW-20): a drug not in {@code pack}, a trial
   * class that is not the pack's, a pathway trial of an opioid or a statin, an outcome whose total, band
   * or items do not recompute, events out of date order, or a patient fact that cannot follow the facts
   * in force before it (a stop of a medication not taken, a resolve of a condition not recorded) refuse
   * the log, each problem naming its event and field ({@code events[3].drug}). A recorded dose above the patient's limits does not: the
   * plan flags and reduces it.
   *
   * @param json the stored log
   * @param pack the drug pack the log's drugs are checked against
   * @return the log, upgraded to the current schema version
   * @throws org.painpath.core.problem.InvalidInputException naming every problem, each with its event and field
   */
  public static CaseLog read(String json, DrugPack pack) {
    Problems.collector().required(json, "json").required(pack, "pack").throwIfAny();
    CaseLog log = PainpathJson.read(SchemaUpgrades.upgrade(json), CaseLog.class);
    LogChecks.requireConsistent(log.patient(), log.events(), pack);
    return log;
  }

  /**
   * The log as JSON at the current schema version.
   *
   * @return the JSON, pretty-printed
   */
  public String toJson() {
    return PainpathJson.writePretty(this);
  }

  /**
   * The same case with more events at the end.
   *
   * @param more the events to append
   * @return a new log; this one is unchanged
   */
  public CaseLog append(List<? extends PathwayEvent> more) {
    List<PathwayEvent> all = new ArrayList<>(events);
    all.addAll(more);
    return new CaseLog(schemaVersion, patient, all);
  }

  /**
   * The state these events fold to; an inconsistent log fails naming the first bad event.
   *
   * @return the case's state after every event
   */
  public CaseState replay() {
    return Fold.replay(CaseState.initial(patient), events);
  }
}
