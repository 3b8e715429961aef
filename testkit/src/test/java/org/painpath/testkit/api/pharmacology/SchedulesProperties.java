package org.painpath.testkit.api.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.testkit.api.core.Clearances;
import org.painpath.testkit.api.core.Patients;

class SchedulesProperties {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  @Provide
  Arbitrary<Tuple2<Patient, TitrationSchedule>> generated() {
    return Patients.withClearance(Clearances.all()).flatMap(p -> Schedules.generatedFor(p).map(s -> Tuple.of(p, s)));
  }

  @Provide
  Arbitrary<Tuple2<Patient, TitrationSchedule>> tooFast() {
    return Patients.withClearance(Clearances.all()).flatMap(p -> Schedules.tooFastFor(p).map(s -> Tuple.of(p, s)));
  }

  @Property(tries = 100)
  void a_generated_schedule_passes_validation(@ForAll("generated") Tuple2<Patient, TitrationSchedule> pair) {
    assertThat(PHARMACOLOGY.validate(pair.get2(), pair.get1())).isEmpty();
  }

  @Property(tries = 100)
  void a_squeezed_schedule_is_always_too_soon(@ForAll("tooFast") Tuple2<Patient, TitrationSchedule> pair) {
    assertThat(PHARMACOLOGY.validate(pair.get2(), pair.get1())).extracting(Finding::code).contains("step-too-soon");
  }

  @Property(tries = 50)
  void drug_names_by_class_belong_to_that_class(@ForAll("gabapentinoids") String drug) {
    assertThat(PHARMACOLOGY.pack().drug(drug).drugClass()).isEqualTo(DrugClass.GABAPENTINOID);
  }

  @Provide
  Arbitrary<String> gabapentinoids() {
    return Drugs.inClass(DrugClass.GABAPENTINOID);
  }
}
