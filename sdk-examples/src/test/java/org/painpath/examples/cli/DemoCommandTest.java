package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.SourceCatalogue;
import org.painpath.pathway.samples.SampleCase;
import org.painpath.pathway.samples.SampleCases;

class DemoCommandTest {

  private static final String DEMO = Cli.run("demo").answered();

  @Test
  void the_first_line_is_the_decision_support_disclaimer() {
    assertThat(DEMO.lines().findFirst()).contains(DemoCommand.DISCLAIMER);
    assertThat(DemoCommand.DISCLAIMER).contains("decision SUPPORT").contains("healthcare professionals");
  }

  @Test
  void painpath_without_a_command_runs_the_demo() {
    assertThat(Cli.run().answered()).isEqualTo(DEMO);
  }

  @Test
  void every_sample_case_is_walked_with_its_title_and_patient() {
    for (SampleCase sample : SampleCases.all()) {
      assertThat(DEMO).contains(": " + sample.name() + " ===").contains(sample.title()).contains("Plan as of " + sample.asOf() + ":");
    }
    assertThat(DEMO).contains("atorvastatin").contains("gabapentin").contains("CATASTROPHIZING").contains("failed adequate trials 2");
  }

  @Test
  void every_next_step_shows_why_and_its_citations() {
    long steps = Pattern.compile("(?m)^ +[0-9]+\\. ").matcher(DEMO).results().count();
    long whys = Pattern.compile("(?m)^ +Why: \\S").matcher(DEMO).results().count();
    long cited = Pattern.compile("(?m)^ +Cited: \\[[A-Z]").matcher(DEMO).results().count();

    assertThat(steps).isGreaterThan(10);
    assertThat(whys).isEqualTo(steps);
    assertThat(cited).isEqualTo(steps);
  }

  /** The walk of the sample cases: the demo up to its questions asked from files. */
  private static final String CASES = DEMO.substring(0, DEMO.indexOf("=== Questions asked from a file"));

  @Test
  void each_case_ends_with_its_sources_resolved_to_titles() {
    assertThat(Pattern.compile("(?m)^Sources:$").matcher(CASES).results().count()).isEqualTo(SampleCases.all().size());
    Matcher source = Pattern.compile("(?m)^  (R[0-9]{2})  (.+)$").matcher(DEMO);
    int resolved = 0;
    while (source.find()) {
      assertThat(source.group(2)).startsWith(SourceCatalogue.bundled().find(source.group(1)).orElseThrow().title());
      resolved++;
    }
    assertThat(resolved).isGreaterThan(SampleCases.all().size());
  }

  @Test
  void every_source_cited_inline_is_listed_in_its_cases_sources() {
    for (String walk : Pattern.compile("=== Case ").split(DEMO)) {
      if (!walk.contains("Sources:")) {
        continue;
      }
      String sources = walk.substring(walk.indexOf("Sources:"));
      Matcher inline = Pattern.compile("Cited: \\[[^\\]]*").matcher(walk);
      while (inline.find()) {
        Matcher id = Pattern.compile("R[0-9]{2}").matcher(inline.group());
        while (id.find()) {
          assertThat(sources).contains("  " + id.group() + "  ");
        }
      }
    }
  }

  @Test
  void the_walk_shows_each_visits_recorded_events() {
    assertThat(DEMO).contains("Visit 2025-03-03:").contains("recorded 2025-03-03  case-opened").contains("drug-trial-ended: drug duloxetine");
    assertThat(DEMO).doesNotContain("E+");
  }

  @Test
  void validate_evaluate_and_decide_are_shown_once_each_on_the_readme_examples() {
    for (String command : new String[] {"validate", "evaluate", "decide"}) {
      assertThat(Pattern.compile("(?m)^\\$ painpath " + command + " docs/examples/").matcher(DEMO).results().count()).as(command).isEqualTo(1);
    }
    String questions = DEMO.substring(DEMO.indexOf("=== Questions asked from a file"));
    assertThat(questions).contains("Orders of pregabalin, indication OTHER: ").contains("Evaluation as of 2026-01-05")
        .contains("Command start-drug-trial on 2025-03-26: REJECTED");
    assertThat(Pattern.compile("(?m)^Sources:$").matcher(questions).results().count()).isEqualTo(3);
  }

  @Test
  void the_demos_example_files_are_exact_copies_of_the_readmes() throws java.io.IOException {
    for (DemoQuestions.Question q : DemoQuestions.QUESTIONS) {
      assertThat(DemoQuestions.bundled(q.file())).as(q.file())
          .isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of("../docs/examples", q.file())));
    }
  }

  @Test
  void the_demo_takes_no_input() {
    Cli.run("demo", "extra").badInput("extra");
  }
}
