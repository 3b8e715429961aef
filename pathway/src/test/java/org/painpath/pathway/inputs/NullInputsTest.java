package org.painpath.pathway.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;

/**
 * The null-input convention (docs/module-contracts.md, "Null arguments"): at every public entry point a
 * null argument is refused with an {@link InvalidInputException} whose problem names the parameter,
 * code {@code required}; never an NPE, never a silent default.
 */
class NullInputsTest {

  @Test
  void every_entry_point_answers_its_valid_arguments() {
    for (EntryPoint entry : EntryPoints.all()) {
      assertThat(entry.callWithNulls(List.of())).as("%s", entry).isNotNull();
    }
  }

  /** One example per parameter: "a null asOf given to check is refused naming asOf", and so on. */
  @TestFactory
  Stream<DynamicTest> a_null_argument_to_any_entry_point_is_refused_naming_that_parameter() {
    return EntryPoints.all().stream()
        .flatMap(entry -> IntStream.range(0, entry.parameters().size())
            .mapToObj(i -> DynamicTest.dynamicTest(
                "a null " + entry.parameters().get(i) + " given to " + entry + " is refused naming " + entry.parameters().get(i),
                () -> assertRefusedNaming(entry, List.of(i)))));
  }

  @Test
  void a_check_with_every_argument_null_names_all_three() {
    EntryPoint check = EntryPoints.all().stream().filter(e -> e.name().equals("check")).findFirst().orElseThrow();

    assertRefusedNaming(check, List.of(0, 1, 2));
  }

  @Test
  void a_null_as_of_date_is_never_defaulted_to_today_by_check_recommend_or_plan() {
    for (String name : List.of("check", "recommend", "plan", "decide", "handle")) {
      EntryPoint entry = EntryPoints.all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();

      assertRefusedNaming(entry, List.of(entry.parameters().indexOf("asOf")));
    }
  }

  static void assertRefusedNaming(EntryPoint entry, List<Integer> nulled) {
    Throwable thrown = catchThrowable(() -> entry.callWithNulls(nulled));

    assertThat(thrown).as("%s with %s null", entry, entry.named(nulled)).isInstanceOf(InvalidInputException.class);
    List<Problem> problems = ((InvalidInputException) thrown).problems().list();
    assertThat(problems).extracting(Problem::field).as("%s", entry).containsExactlyInAnyOrderElementsOf(entry.named(nulled));
    assertThat(problems).extracting(Problem::code).containsOnly("required");
  }
}
