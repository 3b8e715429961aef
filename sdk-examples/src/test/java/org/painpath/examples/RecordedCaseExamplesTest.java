package org.painpath.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the pathway examples' {@code main}: recording a visit and asking for next steps; exporting and reloading a case. */
class RecordedCaseExamplesTest {

  @Test
  void recording_a_visit_accepts_each_command_refuses_an_undocumented_gabapentinoid_and_plans() throws Exception {
    String out = Stdout.of(RecordEventsAndAskForNextSteps::main);

    assertThat(out).contains("recorded OpenCase").contains("recorded SkipWorkup").contains("refused StartDrugTrial").contains("next: ");
  }

  @Test
  void an_exported_case_reloads_equal_and_plans_the_same() throws Exception {
    String out = Stdout.of(ExportAndReloadACase::main);

    assertThat(out)
        .contains("schema version " + org.painpath.pathway.log.CaseLog.CURRENT_SCHEMA_VERSION)
        .contains("reloaded log equals the original: true")
        .contains("same plan after reloading: true")
        .contains("failed adequate trials 2");
  }
}
