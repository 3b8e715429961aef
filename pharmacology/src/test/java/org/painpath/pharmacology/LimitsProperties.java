package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pharmacology.internal.limits.LimitsCalculator;
import org.painpath.pharmacology.internal.limits.ReasonsWanted;
import org.painpath.pharmacology.internal.limits.RenalFunctionOnce;
import org.painpath.pharmacology.pack.Ceilings;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.policy.InstitutionPolicy;
import org.painpath.pharmacology.policy.PolicyOverride;
class LimitsProperties {

  private static final Pharmacology PHARMACOLOGY = new Pharmacology(Generators.PACK);

  @Provide
  Arbitrary<String> drugs() {
    return Generators.dosedDrugs();
  }

  @Provide
  Arbitrary<Patient> patients() {
    return Generators.patients();
  }

  @Provide
  Arbitrary<Indication> indications() {
    return Generators.indications();
  }

  @Provide
  Arbitrary<BigDecimal> clearances() {
    return Generators.clearances();
  }

  @Provide
  Arbitrary<Integer> ages() {
    return Generators.ages();
  }

  private static DoseLimits limits(String drug, Patient patient, Indication indication) {
    return PHARMACOLOGY.limits(drug, patient, indication);
  }

  /**
   * The patient with this clearance; on haemodialysis scaled into the residual range 0-14.9 mL/min
   * (order kept), since 15 or more contradicts the dialysis and is refused.
   */
  private static Patient withClearance(Patient patient, BigDecimal crcl) {
    BigDecimal given =
        patient.onHaemodialysis()
            ? crcl.multiply(new BigDecimal("14.9")).divide(CreatinineClearance.HIGHEST_PLAUSIBLE, 4, java.math.RoundingMode.FLOOR)
            : crcl;
    return Patient.builder().from(patient).creatinineClearance(new CreatinineClearance(given)).build();
  }

  @Property
  void the_maximum_never_exceeds_the_label_maximum(@ForAll("drugs") String drug, @ForAll("patients") Patient patient, @ForAll("indications") Indication indication) {
    DoseLimits limits = limits(drug, patient, indication);

    assertThat(limits.maxDaily()).isLessThanOrEqualTo(DailyDose.of(Generators.LABEL_MAXIMUM.get(drug)));
    assertThat(limits.maxDaily()).isLessThanOrEqualTo(Ceilings.normal(Generators.dosing(drug), indication));
    if (!limits.avoid()) {
      assertThat(limits.start().daily()).isLessThanOrEqualTo(limits.maxDaily());
      limits.maxSingle().ifPresent(max -> assertThat(limits.start().dose()).isLessThanOrEqualTo(max));
      assertThat(limits.allows(limits.start().frequency())).isTrue();
      limits.targetMin().ifPresent(t -> assertThat(t).isLessThanOrEqualTo(limits.maxDaily()));
    }
    assertThat(limits.citations()).isNotEmpty();
    if (drug.equals("pregabalin") && indication == Indication.DPN_LIKE) {
      assertThat(limits.maxDaily()).isLessThanOrEqualTo(DailyDose.mg(300));
    }
  }

  /**
   * A daily ceiling lowered for the patient (a renal band, age) binds the single dose too: the single
   * maximum is a dose that at least one allowed frequency can give within the daily maximum.
   */
  @Property
  void the_single_dose_maximum_fits_within_the_daily_maximum(
      @ForAll("drugs") String drug, @ForAll("patients") Patient patient, @ForAll("indications") Indication indication) {
    DoseLimits limits = limits(drug, patient, indication);

    limits.maxSingle().ifPresent(single -> {
      if (!limits.frequencies().isEmpty()) {
        assertThat(limits.frequencies()).anySatisfy(f -> assertThat(f.dailyTotal(single)).isLessThanOrEqualTo(limits.maxDaily()));
      }
    });
    limits.maxSingleCitation().ifPresent(c -> assertThat(limits.citations()).contains(c));
  }

  /** Whatever ceiling brought the start down (single, daily, renal), it is still a dose that can be given: whole split units. */
  @Property
  void the_start_is_a_whole_number_of_split_units(
      @ForAll("drugs") String drug, @ForAll("patients") Patient patient, @ForAll("indications") Indication indication) {
    DoseLimits limits = limits(drug, patient, indication);

    if (!limits.avoid()) {
      Quantity start = limits.start().dose().amount();
      Quantity unit = Generators.dosing(drug).splitUnit().quantity().to(start.unit());
      assertThat(start.value().remainder(unit.value()).signum()).as("%s is whole units of %s", start, unit).isZero();
    }
  }

  /**
   * A regimen check asks for the limits without the informational reasons; they must be the same limits,
   * with exactly the reasons the check would have kept of the full explanation, and the same citations.
   */
  @Property
  void the_limits_a_check_uses_are_the_limits_a_user_sees(
      @ForAll("drugs") String drug, @ForAll("patients") Patient patient, @ForAll("indications") Indication indication) {
    DoseLimits shown;
    try {
      shown = limits(drug, patient, indication);
    } catch (InvalidInputException e) {
      return; // renal data missing: both refuse alike (checked by the fail-closed properties)
    }
    Drug d = Generators.PACK.drug(drug);
    DoseLimits forCheck =
        LimitsCalculator.limits(d, RenalFunctionOnce.of(patient), indication, Generators.PACK.policy(), ReasonsWanted.REPORTED_BY_CHECK);

    assertThat(forCheck.reasons()).containsExactlyElementsOf(shown.reasons().stream().filter(ReasonsWanted::reportedByCheck).toList());
    assertThat(forCheck).usingRecursiveComparison().ignoringFields("reasons").isEqualTo(shown);
  }

  /** DoseLimits promises that {@code citations} cite every number used: the binding ceilings and holds, and every reason. */
  @Property
  void every_binding_limit_and_every_reason_is_among_the_citations(
      @ForAll("drugs") String drug, @ForAll("patients") Patient patient, @ForAll("indications") Indication indication) {
    DoseLimits limits = limits(drug, patient, indication);

    assertThat(limits.citations()).contains(limits.maxDailyCitation());
    limits.maxSingleCitation().ifPresent(c -> assertThat(limits.citations()).contains(c));
    limits.holds().forEach(h -> assertThat(limits.citations()).contains(h.citation()));
    limits.reasons().forEach(r -> assertThat(limits.citations()).containsAll(r.citations()));
  }

  @Property
  void a_lower_clearance_never_gives_a_higher_maximum(
      @ForAll("drugs") String drug, @ForAll("patients") Patient patient, @ForAll("indications") Indication indication,
      @ForAll("clearances") BigDecimal a, @ForAll("clearances") BigDecimal b) {
    BigDecimal higher = a.max(b);
    BigDecimal lower = a.min(b);
    DoseLimits atHigher = limits(drug, withClearance(patient, higher), indication);
    DoseLimits atLower = limits(drug, withClearance(patient, lower), indication);

    assertThat(atLower.maxDaily()).isLessThanOrEqualTo(atHigher.maxDaily());
    if (atHigher.avoid()) {
      assertThat(atLower.avoid()).isTrue();
    }
  }

  @Property
  void being_older_or_frail_never_gives_a_faster_schedule(
      @ForAll("drugs") String drug, @ForAll("patients") Patient patient, @ForAll("ages") int otherAge, @ForAll boolean alsoFrail) {
    int olderAge = Math.max(patient.age().years(), otherAge);
    Patient older = Patient.builder().from(patient).age(Age.years(olderAge)).frail(patient.frail() || alsoFrail).build();
    DoseLimits young = limits(drug, patient, Indication.OTHER);
    DoseLimits old = limits(drug, older, Indication.OTHER);

    assertThat(old.maxDaily()).isLessThanOrEqualTo(young.maxDaily());
    assertThat(old.minDaysBetweenSteps()).isGreaterThanOrEqualTo(young.minDaysBetweenSteps());
    assertThat(old.recommendedDaysBetweenSteps()).isGreaterThanOrEqualTo(young.recommendedDaysBetweenSteps());
    young.step().ifPresent(s -> assertThat(old.step().orElseThrow()).isLessThanOrEqualTo(s));
    if (!young.avoid() && !old.avoid()) {
      assertThat(old.start().daily()).isLessThanOrEqualTo(young.start().daily());
    }
    if (young.avoid()) {
      assertThat(old.avoid()).isTrue();
    }
  }

  @Property
  void an_institution_override_never_raises_a_limit(
      @ForAll("drugs") String drug, @ForAll("patients") Patient patient,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 200) int maxPercent,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 200) int stepPercent,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20) int minDays) {
    var dosing = Generators.dosing(drug);
    PolicyOverride.Builder override =
        PolicyOverride.builder()
            .drug(drug)
            .reason("property")
            .maxDaily(dosing.maxDaily().asDailyDose().times(BigDecimal.valueOf(maxPercent, 2)))
            .minDaysBetweenSteps(minDays);
    dosing.step().ifPresent(s -> override.step(s.asDailyDose().times(BigDecimal.valueOf(stepPercent, 2))));
    InstitutionPolicy policy = new InstitutionPolicy("p", List.of(override.build()));
    DrugPack strict;
    try {
      strict = Generators.PACK.withPolicy(policy);
    } catch (InvalidInputException refused) {
      assertThat(refused.problems().hasCode("loosens-limit")).isTrue();
      return;
    }
    DoseLimits before = limits(drug, patient, Indication.OTHER);
    DoseLimits after = new Pharmacology(strict).limits(drug, patient, Indication.OTHER);

    assertThat(after.maxDaily()).isLessThanOrEqualTo(before.maxDaily());
    assertThat(after.minDaysBetweenSteps()).isGreaterThanOrEqualTo(before.minDaysBetweenSteps());
    before.step().ifPresent(s -> assertThat(after.step().orElseThrow()).isLessThanOrEqualTo(s));
    before.maxSingle().ifPresent(s -> assertThat(after.maxSingle().orElseThrow()).isLessThanOrEqualTo(s));
    if (!after.avoid()) {
      assertThat(after.start().daily()).isLessThanOrEqualTo(before.start().daily());
    }
    assertThat(maxPercent > 100 || (dosing.step().isPresent() && stepPercent > 100) || minDays < dosing.minDaysBetweenSteps().map(m -> m.value()).orElse(0))
        .as("a loosening override must have been refused")
        .isFalse();
  }
}
