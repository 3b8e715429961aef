package org.painpath.examples.cli;

import picocli.CommandLine;

/** The subcommands of {@code painpath}, registered in the order {@code --help} lists them. */
final class Commands {
  private Commands() {}

  static void register(CommandLine cli) {
    cli.addSubcommand(new DemoCommand());
    cli.addSubcommand(new LimitsCommand());
    cli.addSubcommand(new TitrateCommand());
    cli.addSubcommand(new CheckCommand());
    cli.addSubcommand(new PlanCommand());
    cli.addSubcommand(new ValidateCommand());
    cli.addSubcommand(new EvaluateCommand());
    cli.addSubcommand(new DecideCommand());
    cli.addSubcommand(new ScoreCommand());
    cli.addSubcommand(new ChangeCommand());
    cli.addSubcommand(new DrugsCommand());
  }
}
