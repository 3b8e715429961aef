package org.painpath.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painpath.pathway.samples.SampleCase;
import org.painpath.pathway.samples.SampleCases;
import org.painpath.testkit.api.golden.GoldenFile;

/**
 * What the command line prints for the pathway, recorded: the demo, and {@code plan} of the README
 * example and of every sample case, as text and as JSON. A refactor of the pathway must leave these
 * byte for byte as they are.
 */
class GoldenCliOutputsTest {

  @TempDir Path dir;

  @Test
  void the_demo_prints_the_same() {
    GoldenFile.assertMatches("demo.txt", Cli.run("demo").answered());
  }

  @Test
  void plan_prints_the_same_for_the_readme_example_and_every_sample() throws IOException {
    StringBuilder out = new StringBuilder();
    out.append(run("../docs/examples/plan-case.json", "2025-03-26"));
    for (SampleCase sample : SampleCases.all()) {
      Path file = dir.resolve(sample.name() + ".json");
      Files.writeString(file, SampleCases.json(sample.name()), StandardCharsets.UTF_8);
      out.append(run(file.toString(), sample.asOf().toString()));
    }
    GoldenFile.assertMatches("plans.txt", out.toString().replace(dir.toString(), "<dir>"));
  }

  private static String run(String file, String asOf) {
    return "=== plan " + file + " --as-of " + asOf + "\n"
        + Cli.run("plan", file, "--as-of", asOf).answered()
        + "=== json\n"
        + Cli.run("plan", file, "--as-of", asOf, "--format", "json").answered()
        + "\n";
  }
}
