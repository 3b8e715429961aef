package org.painpath.testkit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dimension;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.schedule.Frequency;

/**
 * Written as a consumer of painpath-testkit writes tests: a different package, no {@code @Provide}
 * methods, nothing but {@code @ForAll} on core types. It passes only if the testkit's {@code
 * META-INF/services} registration is found on the classpath.
 */
class ForAllCoreTypesProperties {

  private static final List<ClearanceBand> LABEL_BANDS =
      List.of(ClearanceBand.below("15"), ClearanceBand.between("15", "30"), ClearanceBand.between("30", "60"), ClearanceBand.atLeast("60"));

  @Property
  void a_patient_has_a_renal_function_exactly_when_it_can_be_known(@ForAll Patient patient) {
    // kidney data that contradicts itself (issue 12: a given clearance above what the creatinine allows) is not knowable
    boolean knowable =
        (patient.creatinineClearance().isPresent() || (patient.serumCreatinine().isPresent() && patient.weightKg().isPresent()))
            && RenalFunction.contradictions(patient).isEmpty();

    assertThat(RenalFunction.of(patient).isPresent()).isEqualTo(knowable);
    assertThat(PainpathJson.read(PainpathJson.write(patient), Patient.class)).isEqualTo(patient);
    Statistics.label("renal function").collect(knowable ? "known" : "unknown").coverage(c -> {
      c.check("known").percentage(p -> p > 30);
      c.check("unknown").percentage(p -> p > 5);
    });
    Statistics.label("older adult").collect(patient.isOlderAdult()).coverage(c -> {
      c.check(true).percentage(p -> p > 20);
      c.check(false).percentage(p -> p > 20);
    });
  }

  @Property
  void doses_and_daily_doses_are_exact_non_negative_milligrams(@ForAll Dose dose, @ForAll DailyDose daily) {
    assertThat(dose.amount().unit()).isEqualTo(Unit.MILLIGRAM);
    assertThat(daily.amount().unit()).isEqualTo(Unit.MILLIGRAM);
    assertThat(dose.amount().value().signum()).isNotNegative();
    assertThat(dose.amount().value().scale()).isLessThanOrEqualTo(3);
    assertThat(Frequency.TWICE_DAILY.dailyTotal(dose)).isEqualTo(new DailyDose(dose.amount().times(2)));
  }

  @Property
  void a_frequency_reads_back_from_its_code(@ForAll Frequency frequency) {
    assertThat(Frequency.parse(frequency.code())).isEqualTo(frequency);
  }

  @Property
  void a_clearance_falls_in_exactly_one_renal_band(@ForAll CreatinineClearance clearance) {
    assertThat(LABEL_BANDS.stream().filter(b -> b.contains(clearance))).hasSize(1);
    Statistics.label("on a band border").collect(List.of(15, 30, 60).stream().anyMatch(b -> clearance.mlPerMin().compareTo(BigDecimal.valueOf(b)) == 0));
  }

  @Property
  void quantities_and_creatinines_are_plausible(@ForAll Quantity quantity, @ForAll SerumCreatinine creatinine) {
    assertThat(quantity.dimension()).isEqualTo(Dimension.MASS);
    assertThat(creatinine.mgPerDl())
        .isBetween(SerumCreatinine.LOWEST_PLAUSIBLE_MG_DL, SerumCreatinine.HIGHEST_PLAUSIBLE_MG_DL);
  }
}
