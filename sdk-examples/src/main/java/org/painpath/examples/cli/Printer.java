package org.painpath.examples.cli;

import java.io.PrintWriter;
import org.painpath.core.json.PainpathJson;

/** Writes an answer to stdout in the chosen format, once it is complete (so a failure prints nothing there). */
final class Printer {

  private Printer() {}

  static int print(PrintWriter out, Format format, Answer answer) {
    String rendered = format == Format.JSON ? PainpathJson.writePretty(answer) : answer.text();
    out.println(rendered.stripTrailing());
    out.flush();
    return PainpathCli.OK;
  }
}
