package org.painpath.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.SourceCatalogue;
import org.painpath.core.citation.Verification;

class ReferenceFactsTest {

  private static List<Citation> all() throws IllegalAccessException {
    List<Citation> citations = new ArrayList<>();
    for (Field f : ReferenceFacts.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Citation.class) {
        citations.add((Citation) f.get(null));
      }
    }
    return citations;
  }

  @Test
  void every_source_the_module_cites_is_in_the_reference_source_catalogue() throws Exception {
    assertThat(all()).hasSizeGreaterThan(50);
    assertThat(all()).allSatisfy(c -> assertThat(c.sources()).allMatch(SourceCatalogue.bundled()::knows));
  }

  @Test
  void each_constant_is_named_after_its_fact_id() throws Exception {
    for (Field f : ReferenceFacts.class.getFields()) {
      if (f.getType() == Citation.class) {
        Citation c = (Citation) f.get(null);
        assertThat(f.getName().replace('_', '-')).isEqualTo(c.fact());
      }
    }
  }

  @Test
  void a_design_decision_on_a_fact_keeps_the_fact_and_says_design() {
    Citation design = ReferenceFacts.designOn(ReferenceFacts.OUT_06);

    assertThat(design.fact()).isEqualTo("OUT-06");
    assertThat(design.verification()).isEqualTo(Verification.DESIGN);
  }
}
