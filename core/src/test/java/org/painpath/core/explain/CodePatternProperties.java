package org.painpath.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written kebab-case check accepts exactly what the documented pattern accepts. */
class CodePatternProperties {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Property
  void a_code_is_accepted_exactly_when_it_is_kebab_case(@ForAll("codes") String code) {
    assertThat(Finding.isKebabCase(code)).as(code).isEqualTo(CODE.matcher(code).matches());
  }

  /** Short strings over the characters that decide the pattern, plus a few that never belong. */
  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings().withChars("az09-A_ é").ofMinLength(0).ofMaxLength(7);
  }
}
