package org.painpath.testkit.api.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.patient.RenalFunction.ClearanceSource;
import org.painpath.core.renal.CreatinineClearance;

class PatientsProperties {

  static <T> List<T> edgeCasesOf(Arbitrary<T> arbitrary) {
    List<T> values = new ArrayList<>();
    for (Shrinkable<T> edge : arbitrary.edgeCases()) {
      values.add(edge.value());
    }
    return values;
  }

  private static Optional<CreatinineClearance> clearance(Patient p, ClearanceSource source) {
    return RenalFunction.of(p).filter(r -> r.source() == source).map(RenalFunction::clearance);
  }

  private static List<CreatinineClearance> borders() {
    List<CreatinineClearance> all = new ArrayList<>(Clearances.BAND_BORDERS);
    all.addAll(Clearances.JUST_BELOW_BAND_BORDERS);
    return all;
  }

  @Example
  void the_edge_cases_include_given_and_computed_clearances_on_and_just_below_each_band_border() {
    List<Patient> edges = edgeCasesOf(Patients.patients());

    for (CreatinineClearance border : borders()) {
      assertThat(edges).as("given %s", border).anySatisfy(p -> assertThat(clearance(p, ClearanceSource.GIVEN)).contains(border));
      assertThat(edges)
          .as("computed %s", border)
          .anySatisfy(p -> assertThat(clearance(p, ClearanceSource.COCKCROFT_GAULT)).contains(border));
    }
  }

  @Example
  void the_edge_cases_include_ages_64_65_75_weights_25_and_350_frailty_falls_and_unknown_renal_function() {
    List<Patient> edges = edgeCasesOf(Patients.patients());

    for (int age : List.of(64, 65, 75)) {
      assertThat(edges).anySatisfy(p -> assertThat(p.age()).isEqualTo(Age.years(age)));
    }
    for (String weight : List.of("25", "350")) {
      assertThat(edges).anySatisfy(p -> assertThat(p.weightKg()).contains(new BigDecimal(weight)));
    }
    assertThat(edges).anySatisfy(p -> assertThat(p.frail()).isTrue());
    assertThat(edges).anySatisfy(p -> assertThat(p.fallsHistory()).isTrue());
    assertThat(edges).anySatisfy(p -> assertThat(p.serumCreatinine()).isPresent());
    assertThat(edges).anySatisfy(p -> assertThat(RenalFunction.of(p)).isEmpty());
  }

  @Provide
  Arbitrary<Patient> olderAdults() {
    return Patients.olderAdults();
  }

  @Property
  void older_adults_are_65_or_over(@ForAll("olderAdults") Patient patient) {
    assertThat(patient.isOlderAdult()).isTrue();
  }

  @Example
  void older_adults_have_65_and_75_but_never_64_as_edge_cases() {
    List<Integer> ages = edgeCasesOf(Patients.olderAdults()).stream().map(p -> p.age().years()).toList();
    assertThat(ages).contains(65, 75).doesNotContain(64);
  }

  @Provide
  Arbitrary<Patient> onBandBorders() {
    return Patients.withClearance(Clearances.bandBorders());
  }

  @Property
  void patients_with_a_given_clearance_keep_it_as_their_renal_function(@ForAll("onBandBorders") Patient patient) {
    RenalFunction renal = RenalFunction.require(patient);
    assertThat(renal.source()).isEqualTo(ClearanceSource.GIVEN);
    assertThat(borders()).contains(renal.clearance());
  }

  @Provide
  Arbitrary<Patient> withCreatinine() {
    return Patients.withCreatinine();
  }

  @Property
  void patients_with_creatinine_have_a_computed_clearance(@ForAll("withCreatinine") Patient patient) {
    assertThat(RenalFunction.require(patient).source()).isEqualTo(ClearanceSource.COCKCROFT_GAULT);
  }

  @Provide
  Arbitrary<Patient> unknownRenalFunction() {
    return Patients.withUnknownRenalFunction();
  }

  @Property
  void patients_with_unknown_renal_function_have_none(@ForAll("unknownRenalFunction") Patient patient) {
    assertThat(RenalFunction.of(patient)).isEmpty();
    assertThat(patient.serumCreatinine()).isEmpty();
    assertThat(patient.creatinineClearance()).isEmpty();
  }

  @Provide
  Arbitrary<Patient> dialysed() {
    return Patients.onHaemodialysis();
  }

  @Property
  void patients_on_haemodialysis_have_a_clearance_below_15(@ForAll("dialysed") Patient patient) {
    RenalFunction renal = RenalFunction.require(patient);
    assertThat(renal.onHaemodialysis()).isTrue();
    assertThat(renal.clearance()).isLessThan(CreatinineClearance.of(15));
  }

  @Provide
  Arbitrary<Patient> frailOrFalling() {
    return net.jqwik.api.Arbitraries.oneOf(Patients.frail(), Patients.withFallsHistory());
  }

  @Property
  void frail_and_falling_patients_say_so(@ForAll("frailOrFalling") Patient patient) {
    assertThat(patient.frail() || patient.fallsHistory()).isTrue();
  }

  @Provide
  Arbitrary<Patient> aged70to80() {
    return Patients.aged(70, 80);
  }

  @Property
  void patients_of_an_age_range_stay_in_it(@ForAll("aged70to80") Patient patient) {
    assertThat(patient.age().years()).isBetween(70, 80);
  }

  @Provide
  Arbitrary<Patient> knownKidneyFunction() {
    return Patients.withKnownKidneyFunction();
  }

  @Property
  void patients_with_known_kidney_function_have_a_consistent_one_and_are_not_dialysed(@ForAll("knownKidneyFunction") Patient patient) {
    assertThat(RenalFunction.of(patient)).isPresent();
    assertThat(RenalFunction.contradictions(patient)).isEmpty();
    assertThat(patient.onHaemodialysis()).isFalse();
  }

  @Provide
  Arbitrary<Patient> hepaticImpairment() {
    return Patients.withHepaticImpairment();
  }

  @Property
  void patients_with_hepatic_impairment_all_have_a_child_pugh_class(@ForAll("hepaticImpairment") Patient patient) {
    assertThat(patient.childPugh()).isPresent();
  }
}
