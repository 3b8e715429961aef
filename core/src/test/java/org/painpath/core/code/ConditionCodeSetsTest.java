package org.painpath.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.problem.InvalidInputException;

class ConditionCodeSetsTest {

  private final ConditionCodeSets bundled = ConditionCodeSets.bundled();

  @Test
  void every_bundled_code_is_icd_10_cm_or_snomed_ct_and_cited() {
    assertThat(bundled.all()).isNotEmpty();
    for (CodeSet set : bundled.all()) {
      for (CodeSet.Member m : set.codes()) {
        assertThat(m.code().system()).isIn(CodeSystem.ICD_10_CM, CodeSystem.SNOMED_CT);
        assertThat(m.citation().sources()).isNotEmpty();
      }
    }
  }

  @Test
  void a_condition_matches_by_its_exact_code_never_by_a_prefix() {
    CodeSet alcohol = bundled.require("alcohol-use-disorder");

    assertThat(alcohol.match(Code.icd10cm("F10.10", "anything"))).contains(MatchBasis.CODE);
    assertThat(alcohol.match(Code.icd10cm("F10.1", "Other"))).isEmpty();
    assertThat(alcohol.match(Code.icd10cm("F10.109", "Other"))).isEmpty();
    assertThat(alcohol.match(Code.snomed("F10.10", "Other"))).as("the system is part of the code").isEmpty();
  }

  @Test
  void display_words_match_only_as_the_flagged_fallback() {
    CodeSet alcohol = bundled.require("alcohol-use-disorder");

    assertThat(alcohol.match(Code.snomed("1", "Severe ALCOHOL USE DISORDER"))).contains(MatchBasis.DISPLAY_TEXT);
    assertThat(MatchBasis.DISPLAY_TEXT.label()).isEqualTo("display-text");
  }

  @Test
  void the_statin_autoimmune_myopathy_set_lists_a_code_to_record() {
    assertThat(bundled.require(ConditionCodeSets.STATIN_AUTOIMMUNE_MYOPATHY).codes()).isNotEmpty();
  }

  @Test
  void an_unknown_set_a_duplicate_code_and_a_lab_code_are_refused() {
    Citation cite = new Citation("ICD10CM-TEST", List.of("R56"), Verification.VERIFIED_SECONDARY);
    CodeSet.Member f1010 = new CodeSet.Member(Code.icd10cm("F10.10", "a"), cite);

    assertThatThrownBy(() -> bundled.require("nope"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("unknown-condition-set")).isTrue());
    assertThatThrownBy(() -> new CodeSet("x", "X", List.of(f1010, f1010), List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("duplicate-code")).isTrue());
    assertThatThrownBy(
            () -> new CodeSet("x", "X", List.of(new CodeSet.Member(Code.loinc("2160-0", "Creatinine"), cite)), List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasCode("not-a-condition-code")).isTrue());
  }
}
