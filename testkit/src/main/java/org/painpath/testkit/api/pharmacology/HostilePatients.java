package org.painpath.testkit.api.pharmacology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.painpath.core.renal.CockcroftGault;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.renal.WeightBasis;
import org.painpath.pharmacology.DrugPack;
import org.painpath.testkit.api.core.Clearances;
import org.painpath.testkit.api.core.Patients;
import org.apiguardian.api.API;

/**
 * Patients whose data contradicts itself, is missing, or names medications in disguise, for checks
 * that must fail closed: a given creatinine clearance far above (or a renal band above) what
 * Cockcroft-Gault gives from the patient's own creatinine, haemodialysis with a clearance of 15 mL/min
 * or more, a creatinine without a weight, opioids already taken (or recently stopped), and MAOIs listed
 * under a brand, with look-alike letters or with a typo. Every patient is valid for core's own checks;
 * the contradictions are between fields. Cockcroft-Gault here always uses actual body weight. The
 * default {@link Patients} generators stay "every valid patient".
 */
@API(status = EXPERIMENTAL)
public final class HostilePatients {

  private static final DrugPack PACK = DrugPack.bundled();

  /** Borders of the renal bands a given clearance may jump over (GAB-R0, PGB-R0). */
  private static final List<BigDecimal> BAND_BORDERS = List.of(new BigDecimal("15"), new BigDecimal("30"), new BigDecimal("60"));

  private HostilePatients() {
    // Must never be called: static entry points only.
  }

  /**
   * Any valid adult of {@link Patients#patients()}, with Cockcroft-Gault on actual body weight.
   *
   * @return valid adults
   */
  public static Arbitrary<Patient> plausible() {
    return Patients.patients().map(p -> Patient.builder().from(p).clearanceWeightBasis(WeightBasis.ACTUAL).build());
  }

  /**
   * A weight and a creatinine with a given clearance that contradicts them: at least 1.4 times the
   * Cockcroft-Gault value, or just over the next band border above it; or haemodialysis with a given
   * clearance of 15 to 250 mL/min.
   *
   * @return patients whose kidney data contradict each other; a check must fail closed on them
   */
  public static Arbitrary<Patient> contradictoryKidneyData() {
    Arbitrary<Patient> farAbove =
        Combinators.combine(measured(), Arbitraries.bigDecimals().between(new BigDecimal("1.4"), new BigDecimal("8")).ofScale(2))
            .as((p, factor) -> withClearance(p, cockcroftGault(p).multiply(factor)))
            .filter(Optional::isPresent)
            .map(Optional::get);
    Arbitrary<Patient> bandAbove =
        measured()
            .map(p -> withClearance(p, nextBorderAbove(cockcroftGault(p))))
            .filter(Optional::isPresent)
            .map(Optional::get);
    Arbitrary<Patient> dialysedWithHighClearance =
        Combinators.combine(plausible(), Clearances.between(new BigDecimal("15"), CreatinineClearance.HIGHEST_PLAUSIBLE))
            .as((p, c) -> Patient.builder().from(p).onHaemodialysis(true).creatinineClearance(c).build());
    return Arbitraries.oneOf(farAbove, bandAbove, dialysedWithHighClearance);
  }

  /**
   * Renal function that cannot be known: a creatinine without a weight, a weight without a creatinine,
   * neither, or haemodialysis without a residual clearance (a creatinine on dialysis means nothing).
   *
   * @return patients whose renal function is unknown
   */
  public static Arbitrary<Patient> missingKidneyData() {
    Arbitrary<Patient> base = plausible().map(p -> Patient.builder().from(p).creatinineClearance(Optional.empty()).build());
    return Combinators.combine(base, Arbitraries.integers().between(0, 3))
        .as(
            (p, kind) ->
                switch (kind) {
                  case 0 -> Patient.builder().from(p).weightKg(Optional.empty()).serumCreatinine(SerumCreatinine.mgPerDl("1.1")).build();
                  case 1 -> Patient.builder().from(p).serumCreatinine(Optional.empty()).weightKg(new BigDecimal("70")).build();
                  case 2 -> Patient.builder().from(p).serumCreatinine(Optional.empty()).weightKg(Optional.empty()).build();
                  default -> Patient.builder().from(p).onHaemodialysis(true).build();
                });
  }

  /**
   * Haemodialysis with a residual clearance below 15 mL/min (consistent data), creatinine or not.
   *
   * @return patients on haemodialysis with consistent data
   */
  public static Arbitrary<Patient> onHaemodialysis() {
    return Combinators.combine(plausible(), Clearances.between(BigDecimal.ZERO, new BigDecimal("14.9")))
        .as((p, c) -> Patient.builder().from(p).onHaemodialysis(true).creatinineClearance(c).build());
  }

  /**
   * Patients already taking an opioid of the pack (coded by its RxNorm ingredient) at 5-400 mg/day or
   * with no dose recorded, or who stopped one in the 30 days before {@code asOf}.
   *
   * @param asOf the date of the check the patients are for
   * @return patients taking or recently off an opioid
   */
  public static Arbitrary<Patient> takingOpioids(LocalDate asOf) {
    Arbitrary<MedicationStatement> statement =
        Combinators.combine(
                Drugs.opioids().map(name -> PACK.drug(name).rxNorm()),
                Arbitraries.of(5, 10, 20, 30, 60, 90, 120, 200, 400).injectNull(0.15),
                Arbitraries.integers().between(1, 30).injectNull(0.8))
            .as(
                (code, mgPerDay, stoppedDaysAgo) ->
                    stoppedDaysAgo != null
                        ? MedicationStatement.stopped(code, asOf.minusDays(stoppedDaysAgo))
                        : mgPerDay == null
                            ? MedicationStatement.taking(code)
                            : MedicationStatement.taking(code, new DailyDose(Quantity.of(mgPerDay, Unit.MILLIGRAM))));
    return withMedications(statement.list().ofMinSize(1).ofMaxSize(2));
  }

  /**
   * Patients whose medication list names an MAOI as a clinician or a system might write it: generic
   * name, brand, with look-alike letters or other case or width, or with a one-letter typo; current,
   * or stopped 1-20 days before {@code asOf}. The RxNorm code is not one of the pack's (lists often
   * carry a product code), so only the text can tell what it is.
   *
   * @param asOf the date of the check the patients are for
   * @return patients taking or recently off an MAOI recorded under a disguised name
   */
  public static Arbitrary<Patient> takingMaoiInDisguise(LocalDate asOf) {
    Arbitrary<String> written =
        HostileNames.maoiNames()
            .flatMap(
                name ->
                    Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(name)),
                        Tuple.of(3, HostileNames.sameMedication(name)),
                        Tuple.of(1, HostileNames.oneLetterTypos(name))));
    Arbitrary<MedicationStatement> statement =
        Combinators.combine(written, Arbitraries.of("", " 15 mg", " 15 MG Oral Tablet"), Arbitraries.integers().between(1, 20).injectNull(0.6))
            .as(
                (name, strength, stoppedDaysAgo) -> {
                  Code code = Code.rxNorm("900000" + Math.abs(name.hashCode() % 1000), name + strength);
                  return stoppedDaysAgo == null ? MedicationStatement.taking(code) : MedicationStatement.stopped(code, asOf.minusDays(stoppedDaysAgo));
                });
    return withMedications(statement.list().ofMinSize(1).ofMaxSize(2));
  }

  /**
   * Any of the above, and plausible patients.
   *
   * @param asOf the date of the check the patients are for
   * @return hostile and plausible patients
   */
  public static Arbitrary<Patient> any(LocalDate asOf) {
    return Arbitraries.oneOf(
        plausible(), contradictoryKidneyData(), missingKidneyData(), onHaemodialysis(), takingOpioids(asOf), takingMaoiInDisguise(asOf));
  }

  private static Arbitrary<Patient> withMedications(Arbitrary<List<MedicationStatement>> statements) {
    return Combinators.combine(plausible(), statements)
        .as(
            (p, more) -> {
              List<MedicationStatement> all = new ArrayList<>(p.currentMedications());
              all.addAll(more);
              return Patient.builder().from(p).currentMedications(all).build();
            });
  }

  /** Adults with a weight and a creatinine in mg/dL of 0.5-10, no given clearance, not on dialysis. */
  private static Arbitrary<Patient> measured() {
    return Combinators.combine(
            Arbitraries.integers().between(Age.ADULT, 100),
            Arbitraries.of(Sex.class),
            Arbitraries.bigDecimals().between(new BigDecimal("40"), new BigDecimal("160")).ofScale(1),
            Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("10")).ofScale(2))
        .as(
            (age, sex, weight, creatinine) ->
                Patient.builder()
                    .age(Age.years(age))
                    .sex(sex)
                    .weightKg(weight)
                    .serumCreatinine(SerumCreatinine.mgPerDl(creatinine.toPlainString()))
                    .build());
  }

  private static BigDecimal cockcroftGault(Patient p) {
    return CockcroftGault.clearance(
            p.age().years(), p.sex().isFemale(), p.weightKg().orElseThrow(), p.serumCreatinine().orElseThrow())
        .mlPerMin();
  }

  /** The lowest band border above the clearance (a tenth above it when already on a border); empty above 60. */
  private static BigDecimal nextBorderAbove(BigDecimal clearance) {
    for (BigDecimal border : BAND_BORDERS) {
      if (border.compareTo(clearance) > 0) {
        return border;
      }
    }
    return BigDecimal.valueOf(-1);
  }

  /** The patient with this clearance given, when it is a plausible clearance (0-250 mL/min). */
  private static Optional<Patient> withClearance(Patient p, BigDecimal mlPerMin) {
    BigDecimal c = mlPerMin.setScale(1, RoundingMode.UP);
    if (c.signum() <= 0 || c.compareTo(CreatinineClearance.HIGHEST_PLAUSIBLE) > 0) {
      return Optional.empty();
    }
    return Optional.of(Patient.builder().from(p).creatinineClearance(new CreatinineClearance(c)).build());
  }
}
