package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.painpath.core.json.PainpathJson;

/** Runs {@code painpath} in-process, as a shell would, and holds what it wrote. */
final class Cli {

  /** One run: the exit status and the two streams. */
  record Run(int status, String out, String err) {

    /** Exit 0, nothing on stderr; the stdout text. */
    String answered() {
      assertThat(err).as("stderr of a successful run").isEmpty();
      assertThat(status).as("exit status; stderr: %s", err).isZero();
      return out;
    }

    /** Exit 0 and stdout is exactly one JSON object. */
    JsonNode json() {
      JsonNode node = PainpathJson.read(answered(), JsonNode.class);
      assertThat(node.isObject()).as("stdout is one JSON object: %s", out).isTrue();
      return node;
    }

    /**
     * Exit 2, nothing on stdout, and one message on stderr naming each of {@code names} (options,
     * fields or JSON paths), never a stack trace.
     */
    String badInput(String... names) {
      assertThat(status).as("exit status; stderr: %s", err).isEqualTo(PainpathCli.BAD_INPUT);
      assertThat(out).as("stdout of a refused run").isEmpty();
      assertThat(err).startsWith("painpath: ").doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(err).contains(names);
      return err;
    }
  }

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = PainpathCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }
}
