package org.painpath.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.CreatinineUnit;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.renal.WeightBasis;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.schedule.TimedDose;

/**
 * Generators of valid core values for core's own properties. (Consumers use painpath-testkit; core's
 * tests cannot depend on it, because the testkit depends on core.)
 */
public final class CoreArbitraries {

  public static final List<Unit> MASS_UNITS = List.of(Unit.MICROGRAM, Unit.MILLIGRAM, Unit.GRAM, Unit.KILOGRAM);

  private CoreArbitraries() {}

  /** Exact non-negative amounts with up to 6 decimal places; 0 and the smallest step are edge cases. */
  public static Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("100000"))
        .ofScale(6)
        .edgeCases(c -> c.add(BigDecimal.ZERO, new BigDecimal("0.000001"), new BigDecimal("37.5"), new BigDecimal("600")));
  }

  public static Arbitrary<Unit> massUnits() {
    return Arbitraries.of(MASS_UNITS);
  }

  public static Arbitrary<Quantity> masses() {
    return Combinators.combine(amounts(), massUnits()).as(Quantity::new);
  }

  public static Arbitrary<Quantity> quantities() {
    return Combinators.combine(amounts(), Arbitraries.of(Unit.class)).as(Quantity::new);
  }

  public static Arbitrary<Dose> doses() {
    return quantities().map(Dose::new);
  }

  public static Arbitrary<DailyDose> dailyDoses() {
    return quantities().map(DailyDose::new);
  }

  /** Every frequency that can be written: the named codes and every interval that divides a day. */
  public static Arbitrary<Frequency> frequencies() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            Frequency.ONCE_DAILY,
            Frequency.EVERY_MORNING,
            Frequency.AT_BEDTIME,
            Frequency.TWICE_DAILY,
            Frequency.THREE_TIMES_DAILY,
            Frequency.FOUR_TIMES_DAILY,
            Frequency.EVERY_OTHER_DAY,
            Frequency.PATCH_12H_ON_12H_OFF),
        Arbitraries.of(1, 2, 3, 4, 6, 8, 12, 24, 48).map(Frequency::everyHours));
  }

  public static Arbitrary<LocalTime> minutesOfDay() {
    return Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
  }

  /** Days of 1-8 mass doses at distinct minutes, in mixed mass units and any order. */
  public static Arbitrary<List<TimedDose>> dosesOfADay() {
    return Combinators.combine(minutesOfDay(), masses().map(Dose::new))
        .as(TimedDose::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .uniqueElements(TimedDose::time);
  }

  public static Arbitrary<DaySchedule> daySchedules() {
    return dosesOfADay().map(DaySchedule::new);
  }

  public static Arbitrary<Age> ages() {
    return Arbitraries.integers().between(Age.ADULT, Age.OLDEST_PLAUSIBLE).edgeCases(c -> c.add(64, 65, 75)).map(Age::new);
  }

  /** Plausible results in both units: 0.1-25 mg/dL, i.e. 8.84-2210 umol/L. */
  public static Arbitrary<SerumCreatinine> serumCreatinines() {
    Arbitrary<SerumCreatinine> mgDl =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("0.1"), new BigDecimal("25"))
            .ofScale(2)
            .map(v -> new SerumCreatinine(v, CreatinineUnit.MG_PER_DL));
    Arbitrary<SerumCreatinine> umolL =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("8.84"), new BigDecimal("2210"))
            .ofScale(2)
            .map(v -> new SerumCreatinine(v, CreatinineUnit.MICROMOL_PER_L));
    return Arbitraries.oneOf(mgDl, umolL);
  }

  /** 0-250 mL/min in steps of 0.1, with the band borders 15/30/60 and just below as edge cases. */
  public static Arbitrary<CreatinineClearance> clearances() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, CreatinineClearance.HIGHEST_PLAUSIBLE)
        .ofScale(1)
        .edgeCases(
            c ->
                c.add(
                    new BigDecimal("14.9"),
                    new BigDecimal("15"),
                    new BigDecimal("29.9"),
                    new BigDecimal("30"),
                    new BigDecimal("59.9"),
                    new BigDecimal("60")))
        .map(CreatinineClearance::new);
  }

  public static Arbitrary<BigDecimal> weightsKg() {
    return Arbitraries.bigDecimals().between(new BigDecimal("25"), new BigDecimal("350")).ofScale(1);
  }

  public static Arbitrary<BigDecimal> heightsCm() {
    return Arbitraries.bigDecimals().between(new BigDecimal("100"), new BigDecimal("250")).ofScale(1);
  }

  /** Short non-blank text: a letter, then letters, digits, spaces or dashes. */
  public static Arbitrary<String> words() {
    return Combinators.combine(
            Arbitraries.chars().alpha(), Arbitraries.strings().alpha().numeric().withChars(' ', '-').ofMaxLength(15))
        .as((first, rest) -> first + rest);
  }

  public static Arbitrary<Code> codes() {
    Arbitrary<String> code = Arbitraries.strings().numeric().withChars('-', '.').ofMinLength(1).ofMaxLength(12);
    return Combinators.combine(Arbitraries.of(CodeSystem.class), code, words()).as(Code::new);
  }

  public static Arbitrary<Code> rxNormCodes() {
    return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8), words()).as(Code::rxNorm);
  }

  public static Arbitrary<Citation> citations() {
    Arbitrary<String> fact =
        Combinators.combine(
                Arbitraries.of("PGB", "GAB", "DUL", "NOR", "EQ", "OUT"),
                Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(3))
            .as((prefix, suffix) -> prefix + "-" + suffix);
    Arbitrary<List<String>> sources =
        Arbitraries.integers().between(1, 99).map(n -> String.format("R%02d", n)).list().ofMaxSize(3);
    return Combinators.combine(fact, sources, Arbitraries.of(Verification.class))
        .filter((f, s, v) -> !s.isEmpty() || v == Verification.DESIGN || v == Verification.UNVERIFIED)
        .as(Citation::new);
  }

  public static Arbitrary<Finding> findings() {
    Arbitrary<String> code =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("-", parts));
    Arbitrary<java.util.Map<String, String>> values = Arbitraries.maps(words(), words()).ofMaxSize(4);
    return Combinators.combine(code, Arbitraries.of(Severity.class), words().list().ofMaxSize(3), words(), values, citations().list().ofMaxSize(2))
        .as((c, s, about, message, v, cites) -> new Finding(c, s, about, message, new java.util.TreeMap<>(v), cites));
  }

  public static Arbitrary<MedicationStatement> medicationStatements() {
    Arbitrary<LocalDate> stopped = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    return Combinators.combine(rxNormCodes(), dailyDoses().injectNull(0.3), stopped.injectNull(0.5))
        .as(MedicationStatement::new);
  }

  /** Height and the Cockcroft-Gault weight basis: IDEAL and ADJUSTED come with a height. */
  record BodySize(Optional<BigDecimal> heightCm, WeightBasis basis) {}

  /** The single-valued facts of a patient, gathered before the builder is used (builders are mutable). */
  record Facts(
      Age age,
      Sex sex,
      Optional<BigDecimal> weightKg,
      BodySize body,
      Optional<SerumCreatinine> creatinine,
      Optional<CreatinineClearance> clearance,
      Optional<ChildPughClass> childPugh,
      List<Boolean> flags) {}

  static Arbitrary<BodySize> bodySizes() {
    Arbitrary<BodySize> actual = heightsCm().optional(0.6).map(h -> new BodySize(h, WeightBasis.ACTUAL));
    Arbitrary<BodySize> derived =
        Combinators.combine(heightsCm(), Arbitraries.of(WeightBasis.IDEAL, WeightBasis.ADJUSTED))
            .as((h, b) -> new BodySize(Optional.of(h), b));
    return Arbitraries.oneOf(actual, derived);
  }

  /** Patients with every optional field present or absent, every weight basis (with a height when needed). */
  public static Arbitrary<Patient> patients() {
    return patients(0.7, 0);
  }

  /** Patients with every optional field present and at least one medication and condition. */
  public static Arbitrary<Patient> patientsWithEveryField() {
    return patients(1.0, 1);
  }

  private static Arbitrary<Patient> patients(double presence, int minListSize) {
    Arbitrary<BodySize> body =
        presence < 1.0
            ? bodySizes()
            : Combinators.combine(heightsCm(), Arbitraries.of(WeightBasis.class)).as((h, b) -> new BodySize(Optional.of(h), b));
    Arbitrary<Facts> facts =
        Combinators.combine(
                ages(),
                Arbitraries.of(Sex.class),
                weightsKg().optional(presence),
                body,
                serumCreatinines().optional(presence),
                clearances().optional(presence < 1.0 ? 0.3 : 1.0),
                Arbitraries.of(ChildPughClass.class).optional(presence < 1.0 ? 0.3 : 1.0),
                Arbitraries.of(true, false).list().ofSize(3))
            .as(Facts::new);
    return Combinators.combine(
            facts,
            medicationStatements().list().ofMinSize(minListSize).ofMaxSize(3),
            codes().list().ofMinSize(minListSize).ofMaxSize(3))
        .as(CoreArbitraries::patient);
  }

  static Patient patient(Facts f, List<MedicationStatement> medications, List<Code> conditions) {
    return Patient.builder()
        .age(f.age())
        .sex(f.sex())
        .weightKg(f.weightKg())
        .heightCm(f.body().heightCm())
        .clearanceWeightBasis(f.body().basis())
        .serumCreatinine(f.creatinine())
        .creatinineClearance(f.clearance())
        .childPugh(f.childPugh())
        .onHaemodialysis(f.flags().get(0))
        .frail(f.flags().get(1))
        .fallsHistory(f.flags().get(2))
        .addAllCurrentMedications(medications)
        .addAllConditions(conditions)
        .build();
  }

  public static Arbitrary<ClearanceBand> clearanceBands() {
    Arbitrary<BigDecimal> bound = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("250")).ofScale(1);
    return Combinators.combine(bound.injectNull(0.2), bound.injectNull(0.2))
        .filter((a, b) -> a == null || b == null || a.compareTo(b) < 0)
        .as(ClearanceBand::new);
  }

  public static Arbitrary<Problems> problems() {
    Arbitrary<Problem> problem = Combinators.combine(words(), words(), words()).as(Problem::new);
    return problem.list().ofMaxSize(4).map(Problems::new);
  }
}
