package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * How old the kidney data (serum creatinine or a measured clearance) a renally dosed drug is judged
 * on may be. One rule and one period, here in core so that the pathway and the FHIR mapping judge
 * alike: data measured more than {@link #MAX_AGE_DAYS} days before the as-of date are stale. Stale
 * data are a MAJOR finding while a drug is only continued and a BLOCKING one for a start or a dose
 * step (DESIGN {@code CORE-K01}, docs/clinical-decisions.md). Nothing here reads a clock: the caller
 * passes both dates.
 */
@API(status = STABLE)
public final class RenalDataAge {

  /** The stable code of the finding. */
  public static final String STALE_RENAL_DATA = "stale-renal-data";

  /**
   * The longest a creatinine or a clearance stays current for dosing a renally cleared drug: 90 days,
   * the 3-month review of the pathway's follow-up (OUT-14, DESIGN). Data measured exactly this many
   * days before are still current; one day more and they are stale.
   */
  public static final int MAX_AGE_DAYS = 90;

  /** The DESIGN decision behind the period and the severities. */
  public static final Citation DECISION = new Citation("CORE-K01", List.of(), Verification.DESIGN);

  /** What is being decided about a renally dosed drug. */
  public enum Use {
    /** The drug runs on at its dose: stale data ask for a new measurement (MAJOR). */
    CONTINUE(Severity.MAJOR, "continuing"),
    /** The drug is to be started: not on stale data (BLOCKING). */
    START(Severity.BLOCKING, "starting"),
    /** The dose is to be stepped: not on stale data (BLOCKING). */
    DOSE_STEP(Severity.BLOCKING, "a dose step of");

    private final Severity severity;
    private final String phrase;

    Use(Severity severity, String phrase) {
      this.severity = severity;
      this.phrase = phrase;
    }

    /**
     * The severity of the stale-data finding for this use.
     *
     * @return MAJOR to continue, BLOCKING to start or step
     */
    public Severity severity() {
      return severity;
    }
  }

  private RenalDataAge() {}

  /**
   * Whole days from the measurement to the as-of date. A measurement after the as-of date is refused
   * naming {@code measuredOn}: an as-of date cannot see a later result.
   *
   * @param measuredOn the day the creatinine or clearance was measured
   * @param asOf the date the answer is for
   * @return whole days between them, zero or more
   * @throws org.painpath.core.problem.InvalidInputException naming a missing date, or {@code measuredOn} when
   *     it is after {@code asOf}
   */
  public static long ageDays(LocalDate measuredOn, LocalDate asOf) {
    Problems.Collector problems = Problems.collector();
    problems.check(measuredOn != null, "measuredOn", "required", "is required");
    problems.check(asOf != null, "asOf", "required", "is required");
    problems.throwIfAny();
    if (measuredOn.isAfter(asOf)) {
      throw InvalidInputException.of(
          "measuredOn", "after-as-of", "kidney data measured on " + measuredOn + " cannot be used as of " + asOf);
    }
    return ChronoUnit.DAYS.between(measuredOn, asOf);
  }

  /**
   * Whether kidney data measured on {@code measuredOn} are too old to dose a renally cleared drug on
   * {@code asOf}.
   *
   * @param measuredOn the day the creatinine or clearance was measured
   * @param asOf the date the answer is for
   * @return true when more than {@link #MAX_AGE_DAYS} days old
   * @throws org.painpath.core.problem.InvalidInputException as {@link #ageDays}
   */
  public static boolean isStale(LocalDate measuredOn, LocalDate asOf) {
    return ageDays(measuredOn, asOf) > MAX_AGE_DAYS;
  }

  /**
   * The finding about {@code drug} when its kidney data are stale for {@code use}; empty while they are
   * current. Values: measuredOn, asOf, ageDays, maxAgeDays, use.
   *
   * @param drug the drug's name as the finding shows it
   * @param measuredOn the day the kidney data were measured
   * @param asOf the date the answer is for
   * @param use what is being decided about the drug; sets the severity
   * @return the {@link #STALE_RENAL_DATA} finding, or empty while the data are current
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug}, {@code use} or a date when
   *     missing, or {@code measuredOn} when after {@code asOf}
   */
  public static Optional<Finding> finding(String drug, LocalDate measuredOn, LocalDate asOf, Use use) {
    Problems.Collector problems = Problems.collector();
    problems.check(drug != null && !drug.isBlank(), "drug", "required", "is required");
    problems.check(use != null, "use", "required", "is required");
    problems.throwIfAny();
    long age = ageDays(measuredOn, asOf);
    if (age <= MAX_AGE_DAYS) {
      return Optional.empty();
    }
    String action = use == Use.CONTINUE ? "before its next dose decision" : "before " + use.phrase + " " + drug;
    return Optional.of(
        Finding.builder(STALE_RENAL_DATA, use.severity())
            .about(drug)
            .message(
                "the kidney data " + drug + " is dosed on were measured on " + measuredOn + ", " + age + " days before "
                    + asOf + " (more than " + MAX_AGE_DAYS + "): measure serum creatinine again " + action)
            .value("measuredOn", measuredOn)
            .value("asOf", asOf)
            .value("ageDays", age)
            .value("maxAgeDays", MAX_AGE_DAYS)
            .value("use", use)
            .cite(DECISION)
            .build());
  }
}
