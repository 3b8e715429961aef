package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PainpathCliTest {

  @Test
  void help_lists_every_command() {
    String out = Cli.run("--help").answered();

    assertThat(out).contains("limits", "titrate", "check", "score", "change", "drugs").contains("healthcare professionals");
  }

  @Test
  void each_command_has_its_own_help() {
    for (String command : new String[] {"limits", "titrate", "check", "score", "change", "drugs"}) {
      assertThat(Cli.run(command, "--help").answered()).as(command).contains("Usage: painpath " + command);
    }
  }

  @Test
  void the_version_is_printed() {
    assertThat(Cli.run("--version").answered()).startsWith("painpath ");
  }

  @Test
  void an_unknown_command_is_refused_with_the_usage_hint() {
    Cli.run("prescribe").badInput("prescribe", "Try 'painpath --help'.");
  }
}
