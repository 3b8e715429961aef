package org.painpath.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;

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
  void severities_rise_from_info_to_blocking() {
    assertThat(Severity.MAJOR.atLeast(Severity.MODERATE)).isTrue();
    assertThat(Severity.MODERATE.atLeast(Severity.MAJOR)).isFalse();
    assertThat(Severity.MAJOR.blocks()).isFalse();
    assertThat(Severity.BLOCKING.atLeast(Severity.BLOCKING)).isTrue();
  }
}
