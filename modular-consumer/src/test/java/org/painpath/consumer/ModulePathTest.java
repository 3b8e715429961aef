package org.painpath.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SDK as a modular host uses it: {@link ModularQuickStart} runs in a forked JVM with {@code
 * --module-path} (this module's classes and every runtime dependency, the reactor's painpath modules
 * included) and {@code -m}, nothing on the class path. A missing export or opens, or a dependency the
 * descriptors do not require (the old {@code NoClassDefFoundError: JacksonException}), fails here.
 */
class ModulePathTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE = Path.of("src", "main", "java", "org", "painpath", "consumer", "ModularQuickStart.java");

  @Test
  void the_quick_start_and_a_case_log_round_trip_run_as_a_named_module_on_the_module_path() throws Exception {
    String modulePath = System.getProperty("painpath.consumer.classes") + File.pathSeparator
        + Files.readString(Path.of(System.getProperty("painpath.runtime.classpath.file")), StandardCharsets.UTF_8).strip();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath,
        "-m", "org.painpath.consumer/org.painpath.consumer.ModularQuickStart"));

    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("pregabalin: start 25 mg BID, at most 300 mg/day")
        .contains("REJECTED")
        .contains("renal-limit-exceeded")
        .contains("case log round trip: true")
        .contains("module org.painpath.consumer, pharmacology in module org.painpath.pharmacology")
        .doesNotContain("Exception");
  }

  @Test
  void the_code_it_runs_is_the_readme_quick_start() throws IOException {
    List<String> readme = between(Files.readAllLines(README, StandardCharsets.UTF_8), "<!-- quick-start:begin -->", "<!-- quick-start:end -->");
    List<String> code = between(Files.readAllLines(SOURCE, StandardCharsets.UTF_8), "// quick-start:begin", "// quick-start:end");

    assertThat(readme.subList(1, readme.size() - 1)).isEqualTo(code);
  }

  /** The lines strictly between the two marker lines, with the common indentation removed. */
  private static List<String> between(List<String> lines, String begin, String end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(begin)) {
        from = i;
      } else if (lines.get(i).strip().equals(end)) {
        to = i;
      }
    }
    assertThat(from).isNotNegative();
    assertThat(to).isGreaterThan(from);
    List<String> region = lines.subList(from + 1, to);
    int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.toList());
  }
}
