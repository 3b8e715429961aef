package org.painpath.examples.cli;

import picocli.CommandLine;

/** The subcommands of {@code painpath}, registered in the order {@code --help} lists them. */
final class Commands {
  private Commands() {}

  static void register(CommandLine cli) {
    // Filled in as the modules behind each command land.
  }
}
