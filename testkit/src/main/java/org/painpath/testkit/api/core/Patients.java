package org.painpath.testkit.api.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.renal.WeightBasis;
import org.apiguardian.api.API;

/**
 * Valid adult patients. Every generator builds through {@link Patient#builder()}, so every patient
 * passes core's own checks. Unknown facts stay unknown: some patients have no weight, no creatinine
 * or no clearance, because code under test must cope with them (usually by saying what is missing).
 *
 * <p>The edge cases of {@link #patients()} are the patients renal and age rules turn on: a given
 * creatinine clearance of exactly 15, 30 and 60 mL/min and 0.1 below each; a Cockcroft-Gault
 * clearance computed to exactly 60, 30 and 15 and just below each; ages 64, 65 and 75; weights of 25
 * and 350 kg (the plausible extremes); frail; with a history of falls; and with no renal data at all.
 */
@API(status = EXPERIMENTAL)
public final class Patients {

  /** Age thresholds rules turn on: the Beers criteria's older adult (65) and the decade after. */
  public static final List<Integer> AGE_EDGES = List.of(64, Age.OLDER_ADULT, 75);

  /** The lightest and heaviest plausible weights in kg. */
  public static final List<BigDecimal> WEIGHT_EDGES = List.of(new BigDecimal("25"), new BigDecimal("350"));

  private static final BigDecimal TYPICAL_WEIGHT_KG = new BigDecimal("70");

  private Patients() {
    // Must never be called: static entry points only.
  }

  /**
   * Every valid patient the SDK must answer for: the default of {@code @ForAll Patient}. That is
   * {@link #patients()} (kidney function known, partly known, unknown or contradicting itself; Child-Pugh
   * A-C in some; frail; with falls) and, one in twenty, a patient {@linkplain #onHaemodialysis() on
   * haemodialysis}. An answer for such a patient may be a refusal: limits of a renally dosed drug for a
   * patient of unknown kidney function are refused ({@code renal-function-unknown}), never guessed. A
   * property that expects limits to be computed takes {@link #withKnownKidneyFunction()} instead. Hostile
   * inputs (issue 12) are never in it: they are in {@code HostilePatients} and its siblings.
   *
   * @return every valid patient the SDK must answer for
   */
  public static Arbitrary<Patient> any() {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(19, patients()), net.jqwik.api.Tuple.of(1, onHaemodialysis()));
  }

  /**
   * Patients whose kidney function is known and consistent: a given creatinine clearance, or a weight and
   * serum creatinine to compute it from (Cockcroft-Gault), never both, never on dialysis. The opt-in for
   * properties that need renal limits computed ("limits never exceed the label").
   *
   * @return patients whose renal band can be decided
   */
  public static Arbitrary<Patient> withKnownKidneyFunction() {
    return Arbitraries.oneOf(withClearance(Clearances.all()), withCreatinine());
  }

  /**
   * Patients with hepatic impairment: every one has a Child-Pugh class (A, B or C); everything else as
   * {@link #patients()}.
   *
   * @return patients with a Child-Pugh class
   */
  public static Arbitrary<Patient> withHepaticImpairment() {
    return Combinators.combine(patients(), Arbitraries.of(ChildPughClass.class))
        .as((p, c) -> Patient.builder().from(p).childPugh(c).build());
  }

  /**
   * Any valid adult patient (18-120 y) not on dialysis; see the class comment for its edge cases. The
   * base the pathway's generators build on, kept as it is so recorded walks stay reproducible; the
   * {@code @ForAll Patient} default is {@link #any()}.
   *
   * @return valid adults, as the pathway generators have always drawn them
   */
  public static Arbitrary<Patient> patients() {
    return build(ages(Age.ADULT, Age.OLDEST_PLAUSIBLE), anyRenalData()).edgeCases(c -> onlyThese(c, edgePatients()));
  }

  /**
   * Replaces the generated edge cases (the large cross product of every component's edges, which
   * mostly says nothing a rule turns on) with curated ones. {@code none().add(...)} would say it
   * directly, but in jqwik 1.10.1 {@code add} after {@code none} throws UnsupportedOperationException.
   */
  private static void onlyThese(net.jqwik.api.EdgeCases.Config<Patient> config, Patient[] edges) {
    config.filter(generated -> false).add(edges);
  }

  /**
   * Patients of 65 and over (Beers older adults); 65 and 75 are edge cases.
   *
   * @return patients aged 65 or more
   */
  public static Arbitrary<Patient> olderAdults() {
    return aged(Age.OLDER_ADULT, Age.OLDEST_PLAUSIBLE);
  }

  /**
   * Patients aged {@code min} to {@code max} years (both included); the ends of the range and the
   * {@linkplain #AGE_EDGES age thresholds} inside it are edge cases.
   *
   * @param min the youngest age, in whole years
   * @param max the oldest age, in whole years
   * @return patients in the age range
   */
  public static Arbitrary<Patient> aged(int min, int max) {
    Patient[] ageEdges =
        java.util.stream.Stream.concat(java.util.stream.Stream.of(min, max), AGE_EDGES.stream())
            .filter(a -> a >= min && a <= max)
            .distinct()
            .map(a -> typical().age(Age.years(a)).build())
            .toArray(Patient[]::new);
    return build(ages(min, max), anyRenalData()).edgeCases(c -> onlyThese(c, ageEdges));
  }

  /**
   * Patients whose creatinine clearance is given, taken from {@code clearances} (its edge cases carry
   * over, e.g. {@code Patients.withClearance(Clearances.bandBorders())}).
   *
   * @param clearances the clearances to give the patients, in mL/min
   * @return patients with a given clearance
   */
  public static Arbitrary<Patient> withClearance(Arbitrary<CreatinineClearance> clearances) {
    Arbitrary<RenalData> given = clearances.map(c -> new RenalData(Optional.empty(), Optional.of(c), false));
    return build(ages(Age.ADULT, Age.OLDEST_PLAUSIBLE), given);
  }

  /**
   * Patients with a weight and a serum creatinine and no given clearance: the clearance is computed
   * (Cockcroft-Gault).
   *
   * @return patients whose clearance is computed
   */
  public static Arbitrary<Patient> withCreatinine() {
    Arbitrary<RenalData> creatinine =
        Clearances.serumCreatinines().map(s -> new RenalData(Optional.of(s), Optional.empty(), false));
    return Combinators.combine(facts(ages(Age.ADULT, Age.OLDEST_PLAUSIBLE), creatinine), weights())
        .as((f, w) -> f.withWeight(Optional.of(w)).build());
  }

  /**
   * Patients with neither a clearance nor a creatinine: their renal function is unknown.
   *
   * @return patients whose renal function is unknown
   */
  public static Arbitrary<Patient> withUnknownRenalFunction() {
    return build(ages(Age.ADULT, Age.OLDEST_PLAUSIBLE), Arbitraries.just(RenalData.UNKNOWN));
  }

  /**
   * Patients on haemodialysis, with a given clearance below 15 mL/min.
   *
   * @return patients on haemodialysis
   */
  public static Arbitrary<Patient> onHaemodialysis() {
    Arbitrary<RenalData> dialysed =
        Clearances.between(BigDecimal.ZERO, new BigDecimal("14.9"))
            .map(c -> new RenalData(Optional.empty(), Optional.of(c), true));
    return build(ages(Age.ADULT, Age.OLDEST_PLAUSIBLE), dialysed);
  }

  /**
   * Frail patients (any age).
   *
   * @return frail patients
   */
  public static Arbitrary<Patient> frail() {
    return patients().map(p -> Patient.builder().from(p).frail(true).build());
  }

  /**
   * Patients with a history of falls (any age).
   *
   * @return patients with a history of falls
   */
  public static Arbitrary<Patient> withFallsHistory() {
    return patients().map(p -> Patient.builder().from(p).fallsHistory(true).build());
  }

  // ---- building blocks -----------------------------------------------------------------------

  /** What the renal rules read: a creatinine, a given clearance, haemodialysis. */
  record RenalData(Optional<SerumCreatinine> creatinine, Optional<CreatinineClearance> clearance, boolean haemodialysis) {
    static final RenalData UNKNOWN = new RenalData(Optional.empty(), Optional.empty(), false);
  }

  /** Everything a patient is built from, held immutably (the builder is not) so jqwik can reuse it when shrinking. */
  record Facts(
      Age age,
      Sex sex,
      Optional<BigDecimal> weightKg,
      Optional<BigDecimal> heightCm,
      WeightBasis basis,
      RenalData renal,
      Optional<ChildPughClass> childPugh,
      boolean frail,
      boolean fallsHistory) {

    Facts withWeight(Optional<BigDecimal> weight) {
      return new Facts(age, sex, weight, heightCm, basis, renal, childPugh, frail, fallsHistory);
    }

    Patient build() {
      return Patient.builder()
          .age(age)
          .sex(sex)
          .weightKg(weightKg)
          .heightCm(heightCm)
          .clearanceWeightBasis(basis)
          .serumCreatinine(renal.creatinine())
          .creatinineClearance(renal.clearance())
          .onHaemodialysis(renal.haemodialysis())
          .childPugh(childPugh)
          .frail(frail)
          .fallsHistory(fallsHistory)
          .build();
    }
  }

  /** Height and weight basis together: IDEAL and ADJUSTED need a height. */
  record Body(Optional<BigDecimal> heightCm, WeightBasis basis) {}

  private static Arbitrary<Patient> build(Arbitrary<Age> ages, Arbitrary<RenalData> renal) {
    return facts(ages, renal).map(Facts::build);
  }

  private static Arbitrary<Facts> facts(Arbitrary<Age> ages, Arbitrary<RenalData> renal) {
    return Combinators.combine(
            ages,
            Arbitraries.of(Sex.class).withoutEdgeCases(),
            weights().optional(0.85),
            bodies().withoutEdgeCases(),
            renal,
            Arbitraries.of(ChildPughClass.class).optional(0.15).withoutEdgeCases(),
            Arbitraries.of(true, false).list().ofSize(2).withoutEdgeCases())
        .as(
            (age, sex, weight, body, r, childPugh, flags) ->
                new Facts(age, sex, weight, body.heightCm(), body.basis(), r, childPugh, flags.get(0), flags.get(1)));
  }

  private static Arbitrary<Age> ages(int min, int max) {
    Integer[] edges = AGE_EDGES.stream().filter(a -> a >= min && a <= max).toArray(Integer[]::new);
    return Arbitraries.integers().between(min, max).edgeCases(c -> c.add(edges)).map(Age::years);
  }

  private static Arbitrary<BigDecimal> weights() {
    return Arbitraries.bigDecimals()
        .between(WEIGHT_EDGES.get(0), WEIGHT_EDGES.get(1))
        .ofScale(1)
        .edgeCases(c -> c.add(WEIGHT_EDGES.get(0), WEIGHT_EDGES.get(1)));
  }

  private static Arbitrary<Body> bodies() {
    Arbitrary<BigDecimal> heights = Arbitraries.bigDecimals().between(new BigDecimal("100"), new BigDecimal("250")).ofScale(1);
    Arbitrary<Body> actual = heights.optional(0.6).map(h -> new Body(h, WeightBasis.ACTUAL));
    Arbitrary<Body> derived =
        Combinators.combine(heights, Arbitraries.of(WeightBasis.IDEAL, WeightBasis.ADJUSTED)).as((h, b) -> new Body(Optional.of(h), b));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, actual), net.jqwik.api.Tuple.of(1, derived));
  }

  /** Unknown, creatinine only, given clearance only, or both. */
  private static Arbitrary<RenalData> anyRenalData() {
    Arbitrary<Optional<SerumCreatinine>> creatinine = Clearances.serumCreatinines().optional(0.7);
    Arbitrary<Optional<CreatinineClearance>> clearance = Clearances.all().optional(0.3);
    return Combinators.combine(creatinine, clearance).as((s, c) -> new RenalData(s, c, false));
  }

  /** The patients named in the class comment, each a plain case apart from its one edge. */
  static Patient[] edgePatients() {
    List<Patient> edges = new ArrayList<>();
    // a given clearance without the typical creatinine, which it could contradict (issue 12)
    for (CreatinineClearance border : Clearances.BAND_BORDERS) {
      edges.add(typical().serumCreatinine(Optional.empty()).creatinineClearance(border).build());
    }
    for (CreatinineClearance below : Clearances.JUST_BELOW_BAND_BORDERS) {
      edges.add(typical().serumCreatinine(Optional.empty()).creatinineClearance(below).build());
    }
    // Cockcroft-Gault for a man of 68: (140 - 68) x weight / (72 x SCr) = weight / SCr, in mL/min.
    // 60 kg: SCr 1.0 -> 60, 2.0 -> 30, 4.0 -> 15; a lighter weight puts each 0.1 below the border.
    String[][] computed = {{"60", "1.0"}, {"59.9", "1.0"}, {"60", "2.0"}, {"59.8", "2.0"}, {"60", "4.0"}, {"59.6", "4.0"}};
    for (String[] weightAndCreatinine : computed) {
      edges.add(
          Patient.builder()
              .age(Age.years(68))
              .sex(Sex.M)
              .weightKg(new BigDecimal(weightAndCreatinine[0]))
              .serumCreatinine(SerumCreatinine.mgPerDl(weightAndCreatinine[1]))
              .build());
    }
    for (int age : AGE_EDGES) {
      edges.add(typical().age(Age.years(age)).build());
    }
    for (BigDecimal weight : WEIGHT_EDGES) {
      edges.add(typical().weightKg(weight).build());
    }
    edges.add(typical().frail(true).build());
    edges.add(typical().fallsHistory(true).build());
    edges.add(Patient.builder().age(Age.years(70)).sex(Sex.F).build());
    return edges.toArray(Patient[]::new);
  }

  /** A woman of 70 weighing 70 kg with a creatinine of 1.0 mg/dL: the plain case the edges vary. */
  private static Patient.Builder typical() {
    return Patient.builder()
        .age(Age.years(70))
        .sex(Sex.F)
        .weightKg(TYPICAL_WEIGHT_KG)
        .serumCreatinine(SerumCreatinine.mgPerDl("1.0"));
  }
}
