package org.painpath.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;

/** Issue 15: a patient without sex never gets a Cockcroft-Gault clearance, and a given one is never used untested. */
class RenalWithoutSexProperties {

  @Property(tries = 300)
  void no_patient_without_sex_ever_gets_a_clearance_from_cockcroft_gault(
      @ForAll @IntRange(min = 18, max = 120) int age,
      @ForAll @BigRange(min = "0", max = "250") @Scale(1) BigDecimal given,
      @ForAll @BigRange(min = "0.1", max = "25") @Scale(1) BigDecimal creatinine,
      @ForAll @BigRange(min = "25", max = "350") @Scale(0) BigDecimal weight,
      @ForAll boolean hasCreatinine,
      @ForAll boolean hasWeight,
      @ForAll boolean dialysis) {
    Patient patient =
        Patient.builder()
            .age(Age.years(age))
            .creatinineClearance(new CreatinineClearance(dialysis ? given.remainder(BigDecimal.valueOf(15)) : given))
            .serumCreatinine(hasCreatinine ? Optional.of(SerumCreatinine.mgPerDl(creatinine.toPlainString())) : Optional.empty())
            .weightKg(hasWeight ? Optional.of(weight) : Optional.empty())
            .onHaemodialysis(dialysis)
            .build();

    assertThat(RenalFunction.cockcroftGault(patient)).isEmpty();
    RenalFunction.of(patient).ifPresent(r -> assertThat(r.source()).isEqualTo(RenalFunction.ClearanceSource.GIVEN));
    assertThat(EgfrReport.of(patient).computed()).isFalse();
    // a creatinine that cannot be compared with the given clearance is never passed over in silence
    if (hasCreatinine && !dialysis) {
      assertThat(RenalFunction.of(patient)).isEmpty();
      assertThat(RenalFunction.missingData(patient).hasCode(RenalFunction.SEX_NEEDED_FOR_CONTRADICTION)).isTrue();
    } else {
      assertThat(RenalFunction.of(patient)).isPresent();
    }
  }
}
