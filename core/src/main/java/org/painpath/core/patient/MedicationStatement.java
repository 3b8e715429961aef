package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.MissingValueException;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.apiguardian.api.API;

/**
 * A medication the patient takes or recently stopped, outside the regimen being checked: what
 * interaction and washout checks need (an MAOI stopped 10 days ago, an oral NSAID, an opioid and its
 * daily dose for MME). {@code stoppedOn} is empty while the patient still takes it. A medication still
 * taken may carry the day it is planned to stop ({@code plannedStopOn}): a cross-taper, during which it
 * overlaps the regimen being checked. How it was or will be stopped ({@code discontinuation}: after a
 * completed taper, or abruptly) is given with either date, or left out when not recorded.
 *
 * @param medication the drug, coded in RxNorm (ingredient, clinical drug or brand)
 * @param dailyDose the total daily dose when known; needed for an opioid's morphine equivalents, may be null
 *     otherwise
 * @param stoppedOn the day the patient stopped taking it (the last dose), or null while still taking it
 * @param plannedStopOn for a medication still taken, the day of its planned last dose, or null when no stop is
 *     planned
 * @param discontinuation how it was or will be stopped, or null when not recorded (or not stopping)
 */
@API(status = STABLE)
public record MedicationStatement(
    Code medication,
    @Nullable DailyDose dailyDose,
    @Nullable LocalDate stoppedOn,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LocalDate plannedStopOn,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Discontinuation discontinuation) {

  /**
   * Validates the medication code and the stop.
   *
   * @param medication the drug, coded in RxNorm
   * @param dailyDose the total daily dose, or null when unknown
   * @param stoppedOn the stop date, or null while taken
   * @param plannedStopOn the planned stop date of a medication still taken, or null
   * @param discontinuation how it was or will be stopped, or null when not recorded
   * @throws org.painpath.core.problem.MissingValueException when {@code medication} is null
   * @throws org.painpath.core.problem.InvalidInputException naming {@code medication.system} when the code is
   *     not RxNorm, {@code plannedStopOn} beside a {@code stoppedOn} ({@code stopped-already}), and {@code
   *     discontinuation} with neither date ({@code no-stop})
   */
  public MedicationStatement {
    if (medication == null) {
      throw new MissingValueException("medication");
    }
    if (medication.system() != CodeSystem.RXNORM) {
      throw InvalidInputException.of(
          "medication.system", "not-rxnorm", "a medication must be coded in RxNorm, was " + medication.system().label());
    }
    Problems.Collector problems = Problems.collector();
    problems.check(
        plannedStopOn == null || stoppedOn == null,
        "plannedStopOn",
        "stopped-already",
        "a medication stopped on " + stoppedOn + " has no planned stop");
    problems.check(
        discontinuation == null || stoppedOn != null || plannedStopOn != null,
        "discontinuation",
        "no-stop",
        "how a medication is stopped is given with its stoppedOn or plannedStopOn");
    problems.throwIfAny();
  }

  /**
   * A statement with no planned stop and no recorded discontinuation (the form before issue 16).
   *
   * @param medication the drug, coded in RxNorm
   * @param dailyDose the total daily dose, or null when unknown
   * @param stoppedOn the stop date, or null while taken
   */
  public MedicationStatement(Code medication, @Nullable DailyDose dailyDose, @Nullable LocalDate stoppedOn) {
    this(medication, dailyDose, stoppedOn, null, null);
  }

  /**
   * A medication the patient takes now, dose unknown.
   *
   * @param medication the drug, coded in RxNorm
   * @return the statement
   */
  public static MedicationStatement taking(Code medication) {
    return new MedicationStatement(medication, null, null);
  }

  /**
   * A medication the patient takes now at a known total daily dose (an opioid's dose gives its morphine
   * equivalents).
   *
   * @param medication the drug, coded in RxNorm
   * @param dailyDose the total daily dose
   * @return the statement
   */
  public static MedicationStatement taking(Code medication, DailyDose dailyDose) {
    return new MedicationStatement(medication, dailyDose, null);
  }

  /**
   * A medication the patient stopped, for washout checks (e.g. an MAOI stopped fewer than 14 days ago).
   *
   * @param medication the drug, coded in RxNorm
   * @param stoppedOn the day the last dose was taken
   * @return the statement
   */
  public static MedicationStatement stopped(Code medication, LocalDate stoppedOn) {
    return new MedicationStatement(medication, null, stoppedOn);
  }

  /**
   * The total daily dose, when the caller gave it.
   *
   * @return the dose, or empty when unknown
   */
  public Optional<DailyDose> dose() {
    return Optional.ofNullable(dailyDose);
  }

  /**
   * The day the patient stopped the medication.
   *
   * @return the stop date, or empty while it is taken
   */
  public Optional<LocalDate> stopped() {
    return Optional.ofNullable(stoppedOn);
  }

  /**
   * The planned last dose of a medication still taken (a cross-taper when a regimen starts before it).
   *
   * @return the planned stop date, or empty when none is planned
   */
  public Optional<LocalDate> plannedStop() {
    return Optional.ofNullable(plannedStopOn);
  }

  /**
   * How the medication was or will be stopped.
   *
   * @return tapered or abrupt, or empty when not recorded
   */
  public Optional<Discontinuation> howStopped() {
    return Optional.ofNullable(discontinuation);
  }

  /**
   * The last dose, taken or planned.
   *
   * @return {@code stoppedOn}, else {@code plannedStopOn}, else empty
   */
  public Optional<LocalDate> lastDose() {
    return stopped().or(this::plannedStop);
  }

  /**
   * This medication, still taken, planned to stop on a day (a cross-taper).
   *
   * @param lastDay the day of the planned last dose
   * @return the statement with this planned stop
   * @throws org.painpath.core.problem.InvalidInputException naming {@code plannedStopOn} when it was stopped
   */
  public MedicationStatement withPlannedStop(LocalDate lastDay) {
    return new MedicationStatement(medication, dailyDose, stoppedOn, lastDay, discontinuation);
  }

  /**
   * This medication's stop recorded as tapered or abrupt.
   *
   * @param how how it was or will be stopped
   * @return the statement with this discontinuation
   * @throws org.painpath.core.problem.InvalidInputException naming {@code discontinuation} when no stop is
   *     given
   */
  public MedicationStatement withDiscontinuation(Discontinuation how) {
    return new MedicationStatement(medication, dailyDose, stoppedOn, plannedStopOn, how);
  }

  /**
   * Whether the patient still takes the medication.
   *
   * @return true when no stop date is given
   */
  public boolean isCurrent() {
    return stoppedOn == null;
  }
}
