package org.painpath.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import org.junit.jupiter.api.Test;

class CodeTest {

  @Test
  void two_codes_are_the_same_concept_when_system_and_code_match_whatever_the_display() {
    Code a = Code.loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma");
    assertThat(a.sameConceptAs(Code.loinc("2160-0", "creatinine"))).isTrue();
    assertThat(a.sameConceptAs(Code.snomed("2160-0", "creatinine"))).isFalse();
    assertThat(a.toString()).isEqualTo("LOINC 2160-0 (Creatinine [Mass/volume] in Serum or Plasma)");
  }

  @Test
  void a_blank_or_padded_code_is_refused_and_missing_parts_are_named() {
    assertThat(codes(problemsOf(() -> Code.rxNorm(" ", "x")))).contains("blank");
    assertThat(codes(problemsOf(() -> Code.rxNorm(" 187832", "pregabalin")))).containsExactly("whitespace");
    assertThat(fields(problemsOf(() -> new Code(null, null, null)))).containsExactly("system", "code", "display");
  }

  @Test
  void a_code_system_is_read_from_its_label_its_uri_or_its_name() {
    assertThat(CodeSystem.parse("snomed ct")).isEqualTo(CodeSystem.SNOMED_CT);
    assertThat(CodeSystem.parse("http://loinc.org")).isEqualTo(CodeSystem.LOINC);
    assertThat(CodeSystem.parse("ICD_10_CM")).isEqualTo(CodeSystem.ICD_10_CM);
    assertThat(CodeSystem.RXNORM.uri()).isEqualTo("http://www.nlm.nih.gov/research/umls/rxnorm");
    assertThat(codes(problemsOf(() -> CodeSystem.parse("MeSH")))).containsExactly("unknown-code-system");
    assertThat(fields(problemsOf(() -> CodeSystem.parse(null)))).containsExactly("system");
  }
}
