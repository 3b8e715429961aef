package org.painpath.core.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.Problems;

class CitationTest {

  @Test
  void a_verified_fact_cites_its_sources_and_prints_them() {
    Citation citation = Citation.of("EQ-01", Verification.VERIFIED, "R54");
    assertThat(citation.sources()).containsExactly("R54");
    assertThat(citation.toString()).isEqualTo("EQ-01 R54 [VERIFIED]");
  }

  @Test
  void a_design_decision_may_stand_without_a_source_but_a_verified_fact_may_not() {
    assertThat(Citation.of("GAB-R0", Verification.DESIGN).toString()).isEqualTo("GAB-R0 [DESIGN]");
    Problems problems = problemsOf(() -> Citation.of("PGB-R2", Verification.VERIFIED));
    assertThat(fields(problems)).containsExactly("sources");
    assertThat(codes(problems)).containsExactly("unsourced");
  }

  @Test
  void a_bad_fact_id_and_each_bad_source_are_named_with_their_position() {
    Problems problems = problemsOf(() -> new Citation("pgb r2", List.of("R02", "R2", "X01"), Verification.VERIFIED));
    assertThat(fields(problems)).containsExactly("fact", "sources[1]", "sources[2]");
  }

  @Test
  void missing_parts_are_named_instead_of_failing_with_a_null_pointer() {
    assertThat(fields(problemsOf(() -> new Citation(null, null, null)))).containsExactly("fact", "sources", "verification");
    assertThat(fields(problemsOf(() -> new Citation("EQ-01", Arrays.asList("R54", null), Verification.VERIFIED))))
        .containsExactly("sources[1]");
  }

  @Test
  void the_bundled_catalogue_resolves_the_renal_equation_source() {
    SourceCatalogue catalogue = SourceCatalogue.bundled();
    assertThat(catalogue.size()).isEqualTo(71);
    assertThat(catalogue.knows("R54")).isTrue();
    assertThat(catalogue.find("R54")).hasValueSatisfying(s -> assertThat(s.title()).contains("CKD-EPI"));
    assertThat(catalogue.knows("R99")).isFalse();
    assertThat(catalogue.find("R99")).isEmpty();
  }
}
