package org.painpath.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The {@code painpath} command. Exit status: 0 answered; 2 bad input (one message on stderr naming each
 * bad field or option, nothing on stdout); 1 an internal fault (a one-line message, never a stack
 * trace).
 */
@Command(
    name = "painpath",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Clinical decision support for muscle pain not responding to conservative management.",
    description =
        "For healthcare professionals: every answer comes with its rationale and sources and does"
            + " not replace clinical judgement. With no command, runs the demo.",
    subcommands = {CommandLine.HelpCommand.class})
public final class PainpathCli implements Callable<Integer> {

  public static final int OK = 0;
  public static final int INTERNAL_FAULT = 1;
  public static final int BAD_INPUT = 2;

  /** Injected by picocli before {@link #call()}. */
  @Spec CommandLine.Model.@Nullable CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs one invocation against the given streams; what tests and embedding tools call. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new PainpathCli());
    Commands.register(cli);
    Converters.register(cli);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    collectEveryError(cli);
    cli.setExecutionStrategy(PainpathCli::executeUnlessBadInput);
    cli.setParameterExceptionHandler(PainpathCli::badParameters);
    cli.setExecutionExceptionHandler(PainpathCli::failed);
    return cli;
  }

  /** Parse errors are gathered instead of stopping at the first, so every bad option is named at once. */
  private static void collectEveryError(CommandLine cli) {
    cli.getCommandSpec().parser().collectErrors(true);
    cli.getSubcommands().values().forEach(PainpathCli::collectEveryError);
  }

  private static int executeUnlessBadInput(CommandLine.ParseResult parsed) {
    List<Exception> errors = new ArrayList<>();
    CommandLine.ParseResult last = parsed;
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      errors.addAll(p.errors());
      last = p;
    }
    if (errors.isEmpty()) {
      return new CommandLine.RunLast().execute(parsed);
    }
    CommandLine command = last.commandSpec().commandLine();
    PrintWriter err = command.getErr();
    err.println("painpath: bad command line:");
    for (Exception e : errors) {
      err.println("  " + oneLine(e.getMessage()));
    }
    for (Problem p : otherOptionProblems(last, errors)) {
      err.println("  " + line(p));
    }
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
    return BAD_INPUT;
  }

  /**
   * What the command's own checks say about the options that did parse, so every bad option is named
   * in one run, not the rest only once the unreadable ones are fixed.
   */
  private static List<Problem> otherOptionProblems(CommandLine.ParseResult last, List<Exception> errors) {
    if (!(last.commandSpec().userObject() instanceof OptionChecks checks)) {
      return List.of();
    }
    Set<String> unreadable = new HashSet<>();
    for (Exception e : errors) {
      if (e instanceof CommandLine.ParameterException p && p.getArgSpec() instanceof CommandLine.Model.OptionSpec o) {
        unreadable.addAll(List.of(o.names()));
      }
      if (e instanceof CommandLine.MissingParameterException m) {
        m.getMissing().stream()
            .filter(CommandLine.Model.OptionSpec.class::isInstance)
            .forEach(o -> unreadable.addAll(List.of(((CommandLine.Model.OptionSpec) o).names())));
      }
    }
    return checks.optionProblems().list().stream().filter(p -> !unreadable.contains(p.field())).toList();
  }

  /** One problem on one line. */
  static String line(Problem p) {
    return oneLine(p.field() + ": " + p.message() + " [" + p.code() + "]");
  }

  /**
   * Text echoed from input (a file's keys, an option's value) may hold line breaks or control
   * characters: they are written as escapes, so each problem stays one line of stderr.
   */
  static String oneLine(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  @Override
  public Integer call() {
    CommandLine.Model.CommandSpec injected = spec;
    if (injected == null || injected.commandLine().getSubcommands().get("demo") == null) {
      return CommandLine.ExitCode.USAGE;
    }
    CommandLine demo = injected.commandLine().getSubcommands().get("demo");
    return demo.execute();
  }

  private static int badParameters(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("painpath: " + oneLine(e.getMessage()));
    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
    return BAD_INPUT;
  }

  private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (e instanceof InvalidInputException invalid) {
      err.println("painpath: bad input, nothing was answered; fix each of these:");
      for (Problem p : invalid.problems()) {
        err.println("  " + line(p));
      }
      return BAD_INPUT;
    }
    if (e instanceof CommandLine.ParameterException parameters) {
      return badParameters(parameters, new String[0]);
    }
    err.println("painpath: internal fault (" + e.getClass().getSimpleName() + "): " + oneLine(e.getMessage()));
    return INTERNAL_FAULT;
  }
}
