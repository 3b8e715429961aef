package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Patients.current;
import static org.painpath.pharmacology.Patients.taking;

import org.junit.jupiter.api.Test;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;

import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/**
 * A check with nothing proposed: with neither regimen items nor current medications it is refused (a
 * check of nothing must not read as ACCEPTED); with current medications only, it reviews them, their
 * interactions with each other included.
 */
class EmptyCheckTest {

  private static final Patient ADULT = Patients.adultWithCrcl("90");

  @Test
  void a_check_with_neither_regimen_items_nor_current_medications_is_refused_naming_regimen_items() {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> check(ADULT));

    assertThat(refused).isNotNull();
    assertThat(refused.problems().list()).extracting(Problem::field, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("regimen.items", "empty"));
  }

  @Test
  void a_check_of_current_medications_only_reports_their_interaction_with_each_other() {
    Patient patient =
        taking(ADULT, current("10689", "tramadol hydrochloride 50 MG Oral Tablet", "200 mg"), current("42347", "Wellbutrin SR 150 MG", "300 mg"));

    RegimenVerdict verdict = check(patient);

    assertThat(verdict.findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("interaction");
      assertThat(f.values()).containsEntry("rule", "INT-06");
      assertThat(f.about()).containsExactly("bupropion", "tramadol");
    });
    assertThat(verdict.verdict()).isNotEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void a_check_of_one_current_medication_without_partners_is_accepted_rather_than_refused() {
    Patient patient = taking(ADULT, current("42347", "Wellbutrin SR 150 MG", "300 mg"));

    RegimenVerdict verdict = check(patient);

    assertThat(verdict.has("interaction")).isFalse();
    assertThat(verdict.verdict()).isEqualTo(Verdict.ACCEPTED);
  }
}
