package org.painpath.core.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written fact and source id checks accept exactly what the documented patterns accept. */
class IdPatternProperties {

  private static final Pattern FACT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  private static final Pattern SOURCE = Pattern.compile("R[0-9]{2}");

  @Property
  void a_fact_id_is_accepted_exactly_when_it_matches_the_pattern(@ForAll("ids") String id) {
    assertThat(Citation.isFactId(id)).as(id).isEqualTo(FACT.matcher(id).matches());
  }

  @Property
  void a_source_id_is_accepted_exactly_when_it_matches_the_pattern(@ForAll("ids") String id) {
    assertThat(Citation.isSourceId(id)).as(id).isEqualTo(SOURCE.matcher(id).matches());
  }

  /** Short strings over the characters that decide the patterns, plus a few that never belong. */
  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("RPGB0129-a_ ٣").ofMinLength(0).ofMaxLength(7);
  }
}
