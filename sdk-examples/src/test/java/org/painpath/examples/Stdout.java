package org.painpath.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What an example program prints: runs it with {@code System.out} captured. */
final class Stdout {

  /** A {@code main} to run. */
  interface Program {
    void run(String[] args) throws Exception;
  }

  private Stdout() {}

  static synchronized String of(Program program) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      program.run(new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
