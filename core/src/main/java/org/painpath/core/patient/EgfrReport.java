package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.renal.CkdEpi2021;

/**
 * The patient's CKD-EPI 2021 eGFR (EQ-02) as data, for CKD staging and display only: renal dose bands are
 * on Cockcroft-Gault creatinine clearance, and the two can differ by 20-40 % (EQ-03), so no dose is ever
 * chosen from it ({@link #usedForDosing()} is always false). When it cannot be computed, {@code notComputed}
 * says why (no creatinine, or no sex: the equation's constants depend on it); it is never estimated.
 *
 * @param egfr the eGFR in mL/min/1.73 m², rounded half-even to 0.1; empty when not computed
 * @param notComputed why it was not computed; empty when it was
 * @param citations EQ-02 (the equation) and EQ-03 (staging, not dosing)
 */
@API(status = EXPERIMENTAL)
public record EgfrReport(Optional<BigDecimal> egfr, Optional<EgfrReport.NotComputed> notComputed, List<Citation> citations) {

  /** The unit of {@link #egfr()}. */
  public static final String UNIT = "mL/min/1.73 m2";

  /** EQ-02: the race-free CKD-EPI 2021 equation. */
  public static final Citation EQUATION = Citation.of("EQ-02", Verification.VERIFIED, "R54");

  /** EQ-03: labels dose on Cockcroft-Gault clearance; eGFR is for staging. */
  public static final Citation STAGING_NOT_DOSING = Citation.of("EQ-03", Verification.VERIFIED_SECONDARY, "R54", "R03");

  /** Why the eGFR was not computed. */
  public enum NotComputed {
    /** No serum creatinine was given. */
    NO_SERUM_CREATININE,
    /** No sex was given (allowed with a given creatinine clearance); the equation's constants depend on it. */
    NO_SEX
  }

  /**
   * Exactly one of the value and the reason.
   *
   * @param egfr the eGFR, or empty
   * @param notComputed why not, or empty
   * @param citations the citations
   * @throws IllegalArgumentException when both or neither are given
   */
  public EgfrReport {
    if (egfr.isPresent() == notComputed.isPresent()) {
      throw new IllegalArgumentException("an eGFR report has either a value or a reason it was not computed");
    }
    citations = List.copyOf(citations);
  }

  /**
   * A computed eGFR.
   *
   * @param egfr the eGFR in mL/min/1.73 m²
   * @return the report, citing EQ-02 and EQ-03
   */
  public static EgfrReport computed(BigDecimal egfr) {
    return new EgfrReport(Optional.of(egfr), Optional.empty(), List.of(EQUATION, STAGING_NOT_DOSING));
  }

  /**
   * An eGFR not computed, and why.
   *
   * @param why the reason
   * @return the report, citing EQ-02 and EQ-03
   */
  public static EgfrReport notComputed(NotComputed why) {
    return new EgfrReport(Optional.empty(), Optional.of(why), List.of(EQUATION, STAGING_NOT_DOSING));
  }

  /**
   * The eGFR of this patient from their serum creatinine, age and sex, or why it is not computed.
   *
   * @param patient the patient
   * @return the report
   */
  public static EgfrReport of(Patient patient) {
    return of(patient, null);
  }

  /**
   * As {@link #of(Patient)}, reusing an eGFR already computed for the same patient ({@link
   * RenalFunction#egfr()}) rather than computing it again.
   *
   * @param patient the patient
   * @param known the eGFR {@link RenalFunction} computed for this patient, or null to compute it here
   * @return the report
   */
  public static EgfrReport of(Patient patient, @Nullable BigDecimal known) {
    if (patient.serumCreatinine().isEmpty()) {
      return notComputed(NotComputed.NO_SERUM_CREATININE);
    }
    if (patient.knownSex().isEmpty()) {
      return notComputed(NotComputed.NO_SEX);
    }
    return computed(known != null ? known : CkdEpi2021.egfr(patient.age().years(), patient.knownSex().get().isFemale(), patient.serumCreatinine().get()));
  }

  /**
   * Whether the eGFR was computed.
   *
   * @return true when {@link #egfr()} has a value
   */
  public boolean computed() {
    return egfr.isPresent();
  }

  /**
   * Never: renal dose limits use Cockcroft-Gault creatinine clearance (EQ-03).
   *
   * @return false
   */
  public boolean usedForDosing() {
    return false;
  }

  /**
   * The report in words, e.g. {@code eGFR 72.3 mL/min/1.73 m2 (CKD-EPI 2021; for staging, not used for dosing)}
   * or {@code eGFR not computed: no sex given}.
   *
   * @return the words
   */
  @Override
  public String toString() {
    if (egfr.isPresent()) {
      return "eGFR " + egfr.get().toPlainString() + " " + UNIT + " (CKD-EPI 2021; for staging, not used for dosing)";
    }
    return "eGFR not computed: " + (notComputed.orElseThrow() == NotComputed.NO_SEX ? "no sex given (CKD-EPI 2021 needs it)" : "no serum creatinine");
  }
}
