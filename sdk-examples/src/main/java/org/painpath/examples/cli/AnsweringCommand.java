package org.painpath.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that answers one question in text or JSON. The answer is computed in full before
 * anything is printed, so bad input leaves stdout empty (the error goes to stderr, exit status 2).
 */
abstract class AnsweringCommand implements Callable<Integer> {

  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  @Mixin OutputOptions output = new OutputOptions();

  /** The answer, or an {@link org.painpath.core.problem.InvalidInputException} naming every bad input. */
  abstract Answer answer();

  @Override
  public final Integer call() {
    Answer answer = answer();
    return Printer.print(spec.commandLine().getOut(), output.format(), answer);
  }
}
