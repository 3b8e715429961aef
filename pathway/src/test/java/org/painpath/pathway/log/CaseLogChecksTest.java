package org.painpath.pathway.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.pathway.log.TamperedLogs.GABAPENTIN_SAMPLE;
import static org.painpath.pathway.log.TamperedLogs.edited;
import static org.painpath.pathway.log.TamperedLogs.event;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.pathway.samples.SampleCases;

/** A stored log is checked when it is read (PW-20): what the pack and evaluation say must agree with it. */
class CaseLogChecksTest {

  private static final int TRIAL = 8;
  private static final int DOSE_CHANGE = 9;
  private static final int PEG = 5;

  @Test
  void every_sample_log_is_consistent_and_reads() {
    SampleCases.names().forEach(name -> assertThat(CaseLog.read(SampleCases.json(name)).events()).isNotEmpty());
  }

  @Test
  void a_trial_of_a_drug_not_in_the_pack_is_refused_naming_the_event_and_field() {
    assertRefused(log -> event(log, TRIAL).put("drug", "fakeprofen"), "events[8].drug", "unknown-drug");
  }

  @Test
  void a_dose_change_of_a_drug_not_in_the_pack_is_refused() {
    assertRefused(log -> event(log, DOSE_CHANGE).put("drug", "fakeprofen"), "events[9].drug", "unknown-drug");
  }

  @Test
  void a_trial_recorded_with_another_class_than_the_packs_is_refused() {
    assertRefused(log -> event(log, TRIAL).put("drugClass", "SNRI"), "events[8].drugClass", "class-mismatch");
  }

  @Test
  void a_pathway_trial_of_an_opioid_is_refused() {
    assertRefused(
        log -> event(log, TRIAL).put("drug", "oxycodone").put("drugClass", "OPIOID"),
        "events[8].drug",
        "opioid-not-a-pathway-trial");
  }

  @Test
  void a_pathway_trial_of_a_statin_is_refused() {
    assertRefused(
        log -> event(log, TRIAL).put("drug", "atorvastatin").put("drugClass", "STATIN"), "events[8].drug", "not-a-pathway-drug");
  }

  @Test
  void a_peg_total_that_its_items_do_not_score_to_is_refused() {
    assertRefused(log -> event(log, PEG).put("total", new java.math.BigDecimal("0.5")), "events[5].total", "inconsistent-total");
  }

  @Test
  void a_peg_item_of_50_is_refused_naming_the_item() {
    assertRefused(log -> ((ArrayNode) event(log, PEG).get("items")).set(1, 50), "events[5].items[1]", "out-of-range");
  }

  @Test
  void a_band_that_the_total_does_not_fall_in_is_refused() {
    assertRefused(log -> event(log, PEG).put("band", "mild"), "events[5].band", "inconsistent-band");
  }

  @Test
  void an_unknown_instrument_is_refused() {
    assertRefused(log -> event(log, PEG).put("instrument", "XYZ"), "events[5].instrument", "unknown-instrument");
  }

  @Test
  void events_out_of_date_order_are_refused_naming_the_later_event() {
    assertRefused(log -> event(log, DOSE_CHANGE).put("date", "2025-03-01"), "events[9].date", "out-of-order");
  }

  @Test
  void every_inconsistency_of_one_log_is_named_at_once() {
    String json =
        edited(
            GABAPENTIN_SAMPLE,
            log -> {
              event(log, TRIAL).put("drugClass", "SNRI");
              event(log, PEG).put("total", 9);
            });

    assertThatThrownBy(() -> CaseLog.read(json))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(Problem::field).containsExactly("events[5].total", "events[8].drugClass"));
  }

  @Test
  void a_dose_above_the_limits_is_not_a_refusal_the_history_is_read() {
    String json = edited(GABAPENTIN_SAMPLE, log -> TamperedLogs.multiplyDoses(log, 100));

    assertThat(CaseLog.read(json).replay().takenTrials()).singleElement().satisfies(t -> assertThat(t.dailyDose().toString()).isEqualTo("20000 mg/day"));
  }

  private static void assertRefused(Consumer<ObjectNode> edit, String field, String code) {
    String json = edited(GABAPENTIN_SAMPLE, edit);
    ThrowableAssert.ThrowingCallable read = () -> CaseLog.read(json);
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).anySatisfy(p -> {
              assertThat(p.field()).isEqualTo(field);
              assertThat(p.code()).isEqualTo(code);
            }));
  }
}
