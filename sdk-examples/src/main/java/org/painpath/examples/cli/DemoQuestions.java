package org.painpath.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The part of the demo that asks questions from files: {@code validate}, {@code evaluate} and {@code
 * decide}, once each, on the example files the README shows (bundled, so the demo runs anywhere), each
 * answered by the same code as the command.
 */
final class DemoQuestions {

  static final String EXAMPLES = "org/painpath/examples/cli/examples/";

  /** One question: the command line it stands for, its bundled file, its kind and how it is answered. */
  record Question(String command, String file, LocalDate asOf, InputKind kind, BiFunction<InputFile, LocalDate, Answer> answer) {}

  static final List<Question> QUESTIONS =
      List.of(
          new Question("validate", "validate-orders.json", LocalDate.of(2026, 1, 25), InputKind.VALIDATE, ValidateCommand::answer),
          new Question("evaluate", "evaluate-findings.json", LocalDate.of(2026, 1, 5), InputKind.EVALUATE, EvaluateCommand::answer),
          new Question("decide", "decide-command.json", LocalDate.of(2025, 3, 26), InputKind.DECIDE, DecideCommand::answer));

  private DemoQuestions() {}

  static String text() {
    StringBuilder t = new StringBuilder("=== Questions asked from a file: validate, evaluate, decide ===\n");
    for (Question q : QUESTIONS) {
      t.append("\n$ painpath ").append(q.command()).append(" docs/examples/").append(q.file()).append(" --as-of ").append(q.asOf()).append('\n');
      InputFile input = InputFile.of("docs/examples/" + q.file(), bundled(q.file()), q.kind());
      t.append(q.answer().apply(input, q.asOf()).text());
    }
    return t.toString();
  }

  static String bundled(String file) {
    try (InputStream in = DemoQuestions.class.getClassLoader().getResourceAsStream(EXAMPLES + file)) {
      if (in == null) {
        throw new IllegalStateException("the demo's example " + file + " is not bundled");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
