package org.painpath.testkit.api.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
import org.painpath.testkit.api.core.Clearances;
import org.painpath.testkit.api.core.Patients;

class RegimensProperties {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static Arbitrary<Patient> patients() {
    return Patients.withClearance(Clearances.all());
  }

  @Provide
  Arbitrary<Tuple2<Patient, Regimen>> safe() {
    return patients().flatMap(p -> Regimens.safeSingleDrugFor(p).map(r -> Tuple.of(p, r)));
  }

  @Provide
  Arbitrary<Tuple2<Patient, Regimen>> aboveMaximum() {
    return patients().flatMap(p -> Regimens.aboveTheDailyMaximumFor(p).map(r -> Tuple.of(p, r)));
  }

  @Provide
  Arbitrary<Tuple2<Patient, Regimen>> duplications() {
    return Combinators.combine(patients(), Regimens.duplications()).as(Tuple::of);
  }

  @Provide
  Arbitrary<Regimen> anyRegimen() {
    return Regimens.any();
  }

  @Property(tries = 200)
  void a_safe_regimen_is_never_rejected(@ForAll("safe") Tuple2<Patient, Regimen> pair) {
    RegimenVerdict verdict = PHARMACOLOGY.check(pair.get2(), pair.get1(), AS_OF);

    assertThat(verdict.verdict()).as("%s", verdict.findings()).isNotEqualTo(Verdict.REJECTED);
  }

  @Property(tries = 200)
  void a_regimen_above_the_daily_maximum_is_always_rejected(@ForAll("aboveMaximum") Tuple2<Patient, Regimen> pair) {
    assertThat(PHARMACOLOGY.check(pair.get2(), pair.get1(), AS_OF).verdict()).isEqualTo(Verdict.REJECTED);
  }

  @Property(tries = 200)
  void a_duplication_is_always_rejected_as_one(@ForAll("duplications") Tuple2<Patient, Regimen> pair) {
    RegimenVerdict verdict = PHARMACOLOGY.check(pair.get2(), pair.get1(), AS_OF);

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.has("therapeutic-duplication")).isTrue();
  }

  @Property(tries = 200)
  void any_regimen_holds_one_to_four_pack_drugs(@ForAll("anyRegimen") Regimen regimen) {
    assertThat(regimen.items()).hasSizeBetween(1, 4).allSatisfy(i -> assertThat(PHARMACOLOGY.pack().find(i.drug())).isPresent());
  }
}
