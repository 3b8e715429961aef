package org.painpath.testkit.api.pathway;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.testkit.api.core.Patients;
import org.apiguardian.api.API;

/**
 * Patients for pathway cases: any adult the core testkit makes (unknown renal function, dialysis,
 * frailty and age edges included), some on a statin (the statin sub-pathway) or an opioid (the
 * opioid pitfall). RxNorm codes are the reference's (section 6.1).
 */
@API(status = EXPERIMENTAL)
public final class PathwayPatients {

  /** Statin ingredients of reference section 6.1. */
  public static final List<Code> STATINS =
      List.of(
          Code.rxNorm("83367", "atorvastatin"),
          Code.rxNorm("36567", "simvastatin"),
          Code.rxNorm("301542", "rosuvastatin"),
          Code.rxNorm("42463", "pravastatin"));

  /** The oldest a generated patient is at the opening, so the longest chain never ages past 120. */
  private static final int MAX_AGE_AT_OPENING = 110;

  private static final Code OXYCODONE = Code.rxNorm("7804", "oxycodone");

  private PathwayPatients() {
    // Must never be called: static entry points only.
  }

  /**
   * Patients to admit: any adult of {@link org.painpath.testkit.api.core.Patients#patients()} (aged at most 110
   * at opening, as a chain may run for years), half of them on a statin and some on 10 or 40 mg/day of
   * oxycodone.
   *
   * @return patients for pathway cases
   */
  public static Arbitrary<Patient> patients() {
    Arbitrary<@Nullable Code> statin = Arbitraries.of(STATINS).injectNull(0.5);
    Arbitrary<@Nullable DailyDose> opioid = Arbitraries.of(DailyDose.mg(10), DailyDose.mg(40)).injectNull(0.85);
    return Combinators.combine(Patients.patients(), statin, opioid)
        .as(
            (patient, s, o) -> {
              Patient.Builder builder = new Patient.Builder();
              builder.from(patient);
              // a chain runs up to ~8 years and the patient ages with it (PW-34); older than 120 is refused
              if (patient.age().years() > MAX_AGE_AT_OPENING) {
                builder.age(Age.years(MAX_AGE_AT_OPENING));
              }
              if (s != null) {
                builder.addCurrentMedications(MedicationStatement.taking(s));
              }
              if (o != null) {
                builder.addCurrentMedications(MedicationStatement.taking(OXYCODONE, o));
              }
              return (Patient) builder.build();
            });
  }
}
