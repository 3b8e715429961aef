package org.painpath.pathway.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pathway.facts.RisingCreatinineCase.PATHWAY;
import static org.painpath.pathway.facts.RisingCreatinineCase.RISE;
import static org.painpath.pathway.facts.RisingCreatinineCase.accept;
import static org.painpath.pathway.facts.RisingCreatinineCase.creatinine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.Dose;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.schedule.Frequency;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.ReduceDose;

/**
 * A drug other than a gabapentinoid above a ceiling that new kidney data lowered follows its taper
 * rule down to the ceiling, as far as the patient's limits allow (PW-36): venlafaxine ER at 150 mg/day
 * (the top of its trial schedule), 75 mg less a week (VEN-08), renal factor 0.5 below 30 mL/min of the
 * 225 mg/day maximum (VEN-04): a ceiling of 112.5 mg/day.
 */
class TaperPacedReductionTest {

  private static final LocalDate OPENED = LocalDate.of(2025, 1, 6);
  private static final LocalDate AT_150 = OPENED.plusDays(21);
  private static final LocalDate LATER = AT_150.plusDays(14);

  @Test
  void venlafaxine_above_a_ceiling_one_taper_step_below_is_reduced_to_it_on_its_taper_rule_with_a_one_step_schedule() {
    ReduceDose reduce = reduction(accept(titratedTo150(), creatinine(LATER, "2.6")));

    assertThat(reduce.from().amount().value()).isEqualByComparingTo("150");
    assertThat(reduce.to()).isNotNull();
    assertThat(reduce.to().daily().amount().value()).isEqualByComparingTo("112.5");
    assertThat(reduce.schedule()).containsExactly(reduce.to());
    assertThat(reduce.rationale())
        .contains("kidney data of " + LATER)
        .contains("reduced step by step on its taper rule (75 mg/day less at each step)")
        .contains("reached at the next dose");
    assertThat(reduce.citations()).extracting(c -> c.fact()).contains("PW-21", "PW-36", "VEN-04", "VEN-08");
    assertThat(PainpathJson.write(reduce)).contains("\"schedule\":[");
  }

  @Test
  void venlafaxine_whose_taper_would_pass_through_doses_above_the_new_ceiling_goes_to_the_ceiling_and_says_so() {
    // a log edited as a file can be: the last step recorded at 225 mg/day (read, flagged, never refused: PW-20, PW-21)
    ObjectNode tree = (ObjectNode) PainpathJson.read(titratedTo150().toJson(), JsonNode.class);
    ObjectNode last = (ObjectNode) tree.withArray("events").get(tree.withArray("events").size() - 1);
    assertThat(last.get("type").asText()).isEqualTo("dose-changed");
    ((ObjectNode) last.get("dose")).put("value", new BigDecimal("225"));
    ReduceDose reduce = reduction(accept(CaseLog.read(tree.toString()), creatinine(LATER, "2.6")));

    assertThat(reduce.to()).isNotNull();
    assertThat(reduce.to().daily().amount().value()).isEqualByComparingTo("112.5");
    assertThat(reduce.schedule()).isEmpty();
    assertThat(reduce.rationale())
        .contains("would pass through 150 mg/day,")
        .contains("no dose the check rejects is proposed")
        .contains("a larger step than its taper rule's");
    assertThat(reduce.citations()).extracting(c -> c.fact()).contains("PW-36", "VEN-08");
    assertThat(PainpathJson.write(reduce)).doesNotContain("\"schedule\":[");
  }

  @Test
  void the_paced_reduction_is_accepted_by_the_decider_as_one_dose_change() {
    CaseLog log = accept(titratedTo150(), creatinine(LATER, "2.6"));
    ReduceDose reduce = reduction(log);

    assertThat(PATHWAY.handle(log, ChangeDose.toStep(LATER, reduce.drug(), reduce.to(), false), LATER).decision())
        .isInstanceOf(Accepted.class);
  }

  @Test
  void gabapentin_above_a_newly_lowered_renal_ceiling_still_goes_straight_to_it_without_a_taper_schedule() {
    ReduceDose reduce = (ReduceDose) PATHWAY.plan(RisingCreatinineCase.withRise(), RISE).recommendations().get(0);

    assertThat(reduce.drug()).isEqualTo("gabapentin");
    assertThat(reduce.to().daily().amount().value()).isEqualByComparingTo("700");
    assertThat(reduce.schedule()).isEmpty();
    assertThat(reduce.rationale()).contains("at the next dose").doesNotContain("taper rule (");
    assertThat(PainpathJson.write(reduce)).doesNotContain("\"schedule\":[");
  }

  private static ReduceDose reduction(CaseLog log) {
    List<Recommendation> recommendations = PATHWAY.plan(log, LATER).recommendations();
    return recommendations.stream()
        .filter(ReduceDose.class::isInstance)
        .map(ReduceDose.class::cast)
        .filter(r -> r.drug().equals("venlafaxine-er"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no venlafaxine reduction in " + recommendations));
  }

  /** A 50-year-old woman, creatinine 0.9 mg/dL (about 85 mL/min), venlafaxine ER titrated weekly to 150 mg/day. */
  private static CaseLog titratedTo150() {
    Patient patient =
        Patient.builder().age(Age.years(50)).sex(Sex.F).weightKg(new BigDecimal("72")).serumCreatinine(SerumCreatinine.mgPerDl("0.9")).build();
    CaseLog log = CaseLog.start(patient);
    log = accept(log, new OpenCase(OPENED, "8 weeks of conservative care", true));
    log = accept(log, new AssessRedFlags(OPENED, Set.of()));
    log = accept(log, new SkipWorkup(OPENED, "complete work-up last month, all within range"));
    log = accept(log, new RecordOutcome(OPENED, Instrument.PEG, List.of(7, 6, 7)));
    log = accept(log, StartDrugTrial.bySchedule(OPENED.plusDays(7), "venlafaxine-er"));
    log = accept(log, new ChangeDose(OPENED.plusDays(14), "venlafaxine-er", Dose.mg("112.5"), Frequency.ONCE_DAILY, false));
    return accept(log, new ChangeDose(AT_150, "venlafaxine-er", Dose.mg(150), Frequency.ONCE_DAILY, false));
  }
}
