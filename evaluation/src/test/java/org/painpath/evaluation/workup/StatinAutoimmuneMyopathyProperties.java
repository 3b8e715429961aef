package org.painpath.evaluation.workup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.patient.Patient;
import org.painpath.evaluation.statin.MuscleSymptoms;

/**
 * SAMS-14 (safety): raised CK with weakness persisting after the statin was stopped is suspected autoimmune
 * myopathy whether a statin is recorded as taken, stopped or unknown, and "statin unlikely cause" is then never said.
 */
class StatinAutoimmuneMyopathyProperties {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  @Provide
  Arbitrary<Optional<Boolean>> onStatin() {
    return Arbitraries.of(Optional.empty(), Optional.of(true), Optional.of(false));
  }

  @Provide
  Arbitrary<Optional<MuscleSymptoms>> symptoms() {
    return Arbitraries.of(MuscleSymptoms.class).optional();
  }

  @Property(tries = 200)
  void raised_ck_and_weakness_outlasting_the_statin_is_always_suspected_and_never_called_unlikely(
      @ForAll("onStatin") Optional<Boolean> onStatin,
      @ForAll("symptoms") Optional<MuscleSymptoms> symptoms,
      @ForAll @IntRange(min = 0, max = 200) int daysSinceStop,
      @ForAll @IntRange(min = 201, max = 20000) int ck) {
    ClinicalSigns signs =
        ClinicalSigns.builder()
            .onStatin(onStatin)
            .muscleSymptoms(symptoms)
            .statinStoppedOn(AS_OF.minusDays(daysSinceStop))
            .resolvedSinceStatinStopped(false)
            .weaknessPersistsAfterStoppingStatin(true)
            .build();
    Patient patient = PanelFixture.adult(60);

    WorkupInterpretation result =
        Workup.interpret(patient, PanelFixture.normal().ck(String.valueOf(ck), "200").panel(), signs, AS_OF);

    assertThat(result.has(StatinAutoimmuneMyopathy.CODE)).isTrue();
    assertThat(result.has("statin-unlikely-cause")).isFalse();
  }
}
