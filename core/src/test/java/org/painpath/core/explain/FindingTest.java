package org.painpath.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;

class FindingTest {

  @Test
  void a_finding_carries_its_inputs_sorted_by_name_and_its_citations() {
    Finding finding =
        Finding.builder("renal-limit-exceeded", Severity.BLOCKING)
            .about("pregabalin")
            .message("300 mg/day is above the limit for this clearance")
            .value("limit", "150 mg/day")
            .value("crcl", "42 mL/min")
            .cite(Citation.of("PGB-R2", Verification.VERIFIED, "R01"))
            .build();

    assertThat(finding.values().keySet()).containsExactly("crcl", "limit");
    assertThat(finding.about()).containsExactly("pregabalin");
    assertThat(finding.citations()).extracting(Citation::fact).containsExactly("PGB-R2");
    assertThat(finding.severity().blocks()).isTrue();
  }

  @Test
  void a_finding_cannot_be_changed_after_it_is_built() {
    Finding finding = Finding.builder("interaction", Severity.MAJOR).about(List.of("a", "b")).message("m").build();
    assertThatThrownBy(() -> finding.values().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> finding.about().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_code_that_is_not_kebab_case_and_a_blank_message_are_both_named() {
    assertThat(fields(problemsOf(() -> Finding.builder("Max_Daily", Severity.INFO).message(" ").build())))
        .containsExactly("code", "message");
  }

  @Test
  void missing_parts_are_named_instead_of_failing_with_a_null_pointer() {
    assertThat(fields(problemsOf(() -> new Finding(null, null, null, null, null, null))))
        .containsExactly("code", "severity", "about", "message", "values", "citations");
    assertThat(fields(problemsOf(() -> new Finding("a", Severity.INFO, List.of(), "m", new TreeMap<>(), java.util.Arrays.asList((Citation) null)))))
        .containsExactly("citations");
  }

  @Test
  void values_are_data_and_render_the_text_a_finding_always_carried() {
    Finding finding =
        Finding.builder("renal-limit-exceeded", Severity.BLOCKING)
            .about("pregabalin")
            .message("above the limit")
            .value("maxDaily", DailyDose.mg(150))
            .value("singleDose", Dose.mg("37.50"))
            .value("crcl", CreatinineClearance.of(42))
            .value("band", ClearanceBand.between("30", "60"))
            .value("count", 3)
            .value("mme", new BigDecimal("1E+2"))
            .value("avoid", true)
            .build();

    assertThat(finding.value("maxDaily", FindingValue.DailyAmount.class)).map(FindingValue.DailyAmount::daily).contains(DailyDose.mg(150));
    assertThat(finding.value("band", FindingValue.Band.class).orElseThrow().band().upper()).contains(new BigDecimal("60"));
    assertThat(finding.value("count")).contains(new FindingValue.Count(3));
    assertThat(finding.values())
        .containsEntry("maxDaily", "150 mg/day")
        .containsEntry("singleDose", "37.5 mg")
        .containsEntry("crcl", "42 mL/min")
        .containsEntry("band", "CrCl 30 to < 60 mL/min")
        .containsEntry("count", "3")
        .containsEntry("mme", "100")
        .containsEntry("avoid", "true");
  }

  @Test
  void a_wording_is_rendered_once_and_only_when_the_message_is_asked_for() {
    AtomicInteger renderings = new AtomicInteger();
    Finding finding =
        Finding.builder("max-daily-dose-exceeded", Severity.BLOCKING)
            .value("maxDaily", DailyDose.mg(300))
            .message(() -> "above " + renderings.incrementAndGet())
            .build();

    assertThat(finding.code()).isEqualTo("max-daily-dose-exceeded");
    assertThat(finding.values()).containsEntry("maxDaily", "300 mg/day");
    assertThat(finding.isWorded()).isFalse();
    assertThat(renderings).hasValue(0);
    assertThat(finding.message()).isEqualTo("above 1");
    assertThat(finding.message()).isEqualTo("above 1");
    assertThat(renderings).hasValue(1);
  }

  @Test
  void a_finding_read_back_from_json_equals_the_one_written_and_keeps_its_words() {
    Finding written =
        Finding.builder("renal-band", Severity.INFO)
            .about("gabapentin")
            .message(() -> "in the band")
            .value("band", ClearanceBand.atLeast("60"))
            .value("maxDaily", DailyDose.mg(3600))
            .cite(Citation.of("GAB-R1", Verification.VERIFIED, "R01"))
            .build();

    String json = PainpathJson.write(written);
    Finding read = PainpathJson.read(json, Finding.class);

    assertThat(json).contains("\"values\":{\"band\":\"CrCl >= 60 mL/min\",\"maxDaily\":\"3600 mg/day\"}");
    assertThat(json).startsWith("{\"code\":\"renal-band\",\"severity\":\"INFO\",\"about\":[\"gabapentin\"],\"message\":\"in the band\"");
    assertThat(read).isEqualTo(written).hasSameHashCodeAs(written);
    assertThat(read.message()).isEqualTo("in the band");
    assertThat(read.value("band")).contains(new FindingValue.Text("CrCl >= 60 mL/min"));
  }

  @Test
  void findings_that_differ_only_in_their_words_are_not_merged() {
    Finding.Builder b = Finding.builder("contraindicated", Severity.BLOCKING).about("x");
    assertThat(b.message(() -> "one").build()).isNotEqualTo(b.message(() -> "two").build());
  }

  @Test
  void a_wording_that_renders_nothing_fails_loudly_instead_of_a_blank_reason() {
    Finding finding = Finding.builder("x", Severity.INFO).message(() -> " ").build();
    assertThatThrownBy(finding::message).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void severities_rise_from_info_to_blocking() {
    assertThat(Severity.MAJOR.atLeast(Severity.MODERATE)).isTrue();
    assertThat(Severity.MODERATE.atLeast(Severity.MAJOR)).isFalse();
    assertThat(Severity.MAJOR.blocks()).isFalse();
    assertThat(Severity.BLOCKING.atLeast(Severity.BLOCKING)).isTrue();
  }
}
