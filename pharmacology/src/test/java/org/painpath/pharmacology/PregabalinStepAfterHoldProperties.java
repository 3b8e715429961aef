package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.PHARMACOLOGY;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.TimedDose;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;

/**
 * PGB-02's larger step, against an oracle that knows only the label's row: an increase above 150 mg/day
 * goes unflagged only from exactly 300 to at most 600 mg/day after at least 14 days at 300, for a patient
 * with CrCl >= 60, under 65, not frail, indication OTHER. Doses are given in mg or in g, at staggered
 * days, so a loosened step (any other start, less time held, another patient) fails here.
 */
class PregabalinStepAfterHoldProperties {

  @Property(tries = 300)
  void a_step_above_150_mg_a_day_passes_only_where_the_label_allows_the_jump(
      @ForAll("totals") List<Integer> totals,
      @ForAll @IntRange(min = 1, max = 20) int gap,
      @ForAll("clearances") BigDecimal crcl,
      @ForAll @IntRange(min = 18, max = 90) int age,
      @ForAll boolean frail,
      @ForAll boolean grams,
      @ForAll("indications") Indication indication) {
    List<TitrationStep> steps = new ArrayList<>();
    int day = 1;
    for (int total : totals) {
      steps.add(bid(day, total, grams));
      day += gap;
    }
    Patient patient = frail ? Patients.frail(age, crcl.toPlainString()) : Patients.aged(age, crcl.toPlainString());
    List<String> codes =
        PHARMACOLOGY.validate(TitrationSchedule.proposed("pregabalin", steps).withIndication(indication), patient).stream()
            .map(f -> f.code())
            .toList();

    for (int i = 1; i < totals.size(); i++) {
      int before = totals.get(i - 1);
      int after = totals.get(i);
      if (after - before <= 150) {
        continue;
      }
      int daysAt300 = 0;
      for (int j = i - 1; j >= 0 && totals.get(j) == 300; j--) {
        daysAt300 = gap * (i - j);
      }
      boolean labelJump = before == 300 && after <= 600 && daysAt300 >= 14 && crcl.compareTo(new BigDecimal("60")) >= 0
          && age < 65 && !frail && indication == Indication.OTHER;
      if (!labelJump) {
        assertThat(codes).as("step %s -> %s", before, after).contains("step-too-large");
      }
    }
  }

  private static TitrationStep bid(int day, int total, boolean grams) {
    BigDecimal each = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(2));
    Dose dose = grams ? Dose.of(each.movePointLeft(3).toPlainString() + " g") : Dose.of(each.toPlainString() + " mg");
    List<TimedDose> doses = List.of(new TimedDose(LocalTime.of(8, 0), dose), new TimedDose(LocalTime.of(20, 0), dose));
    return new TitrationStep(day, new DaySchedule(doses));
  }

  @Provide
  Arbitrary<List<Integer>> totals() {
    return Arbitraries.of(150, 300, 300, 450, 600, 600, 750).list().ofMinSize(2).ofMaxSize(5);
  }

  @Provide
  Arbitrary<BigDecimal> clearances() {
    return Arbitraries.of("45", "59.9", "60", "60.1", "90", "120").map(BigDecimal::new);
  }

  @Provide
  Arbitrary<Indication> indications() {
    return Arbitraries.of(Indication.values());
  }
}
