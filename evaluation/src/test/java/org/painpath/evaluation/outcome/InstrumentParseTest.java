package org.painpath.evaluation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;

class InstrumentParseTest {

  @Test
  void the_command_line_may_write_phq9_in_any_usual_spelling() {
    assertThat(Instrument.parse("phq9")).isEqualTo(Instrument.PHQ9);
    assertThat(Instrument.parse("PHQ-9")).isEqualTo(Instrument.PHQ9);
    assertThat(Instrument.parse("phq_9")).isEqualTo(Instrument.PHQ9);
    assertThat(Instrument.parse("tsk")).isEqualTo(Instrument.TSK17);
    assertThat(Instrument.parse("TSK-17")).isEqualTo(Instrument.TSK17);
    assertThat(Instrument.parse("peg")).isEqualTo(Instrument.PEG);
    assertThat(Instrument.parse("bpi-interference")).isEqualTo(Instrument.BPI_INTERFERENCE);
    assertThat(Instrument.parse(" odi ")).isEqualTo(Instrument.ODI);
  }

  @Test
  void an_unknown_instrument_is_rejected_with_the_known_ones_listed() {
    assertThatThrownBy(() -> Instrument.parse("bdi"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().hasCode("unknown-instrument")).isTrue();
              assertThat(e.getMessage()).contains("PHQ-9", "GAD-7", "ODI");
            });
  }
  @Test
  void each_instrument_has_a_title_and_only_the_tsk17_reverses_items() {
    assertThat(Instrument.PCS.title()).isEqualTo("Pain Catastrophizing Scale");
    assertThat(Instrument.TSK17.reversedItems()).containsExactlyInAnyOrder(4, 8, 12, 16);
    assertThat(Instrument.PHQ9.reversedItems()).isEmpty();
  }
}
