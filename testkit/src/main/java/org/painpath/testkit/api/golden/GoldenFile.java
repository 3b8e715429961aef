package org.painpath.testkit.api.golden;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * An output a test must keep producing byte for byte, kept under {@code src/test/resources/golden}
 * of the module that runs the test. Run once with {@code -Dpainpath.golden.update=true} to write it,
 * and again only when a change of output is intended (say so in the commit). On a difference, what
 * was produced is written to {@code target/golden-actual} so the two can be compared with any diff.
 */
@API(status = EXPERIMENTAL)
public final class GoldenFile {

  /** The system property that rewrites golden files instead of comparing with them. */
  public static final String UPDATE = "painpath.golden.update";

  private static final Path DIR = Path.of("src", "test", "resources", "golden");
  private static final Path ACTUAL = Path.of("target", "golden-actual");

  private GoldenFile() {
    // Must never be called: static entry points only.
  }

  /**
   * Fails, naming the first differing line, unless {@code actual} equals the golden file {@code name}.
   *
   * @param name the golden file's path under {@code src/test/resources/golden}, e.g. {@code demo.txt}
   * @param actual the text the test produced
   * @throws AssertionError when they differ or the golden file is missing
   */
  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      if (!Files.exists(file)) {
        throw new AssertionError("no golden file " + file + "; write it with -D" + UPDATE + "=true");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        Path seen = ACTUAL.resolve(name);
        Files.createDirectories(seen.getParent());
        Files.writeString(seen, actual, StandardCharsets.UTF_8);
        throw new AssertionError(
            "output differs from " + file + " (what was produced is in " + seen + ")\n" + firstDifference(expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstDifference(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end>";
      String y = i < b.length ? b[i] : "<end>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + "\nexpected: " + x + "\nactual:   " + y;
      }
    }
    return "";
  }
}
