package org.painpath.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * testkit/README.md's first property is the testkit's own {@code PregabalinLimitsTest} (which the testkit
 * build runs), named so default Surefire runs it, and the README names the jqwik version the build pins.
 */
class TestkitReadmeTest {

  private static final Path TESTKIT_README = Path.of("..", "testkit", "README.md");
  private static final Path EXAMPLE =
      Path.of("..", "testkit", "src", "test", "java", "org", "painpath", "testkit", "readme", "PregabalinLimitsTest.java");

  @Test
  void the_testkit_readme_example_is_the_testkits_pregabalin_limits_test_verbatim() throws IOException {
    List<String> readme =
        ReadmeQuickStartTest.between(Files.readAllLines(TESTKIT_README, StandardCharsets.UTF_8), "<!-- testkit-readme:begin -->", "<!-- testkit-readme:end -->");
    List<String> example = ReadmeQuickStartTest.between(Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8), "// testkit-readme:begin", "// testkit-readme:end");

    assertThat(readme.get(0)).isEqualTo("```java");
    assertThat(readme.get(readme.size() - 1)).isEqualTo("```");
    assertThat(readme.subList(1, readme.size() - 1)).isEqualTo(example);
  }

  @Test
  void the_readme_example_class_is_named_so_default_surefire_includes_run_it() throws IOException {
    String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    Matcher declared = Pattern.compile("(?m)^class (\\w+) \\{").matcher(example);

    assertThat(declared.find()).isTrue();
    assertThat(declared.group(1)).matches("Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase");
  }

  @Test
  void the_testkit_readme_names_the_jqwik_version_the_build_pins() throws IOException {
    Matcher pinned = Pattern.compile("<jqwik.version>([^<]+)</jqwik.version>").matcher(Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8));
    assertThat(pinned.find()).isTrue();

    assertThat(Files.readString(TESTKIT_README, StandardCharsets.UTF_8))
        .contains("jqwik " + pinned.group(1))
        .contains("Anti-AI Usage Clause")
        .contains("never depends on jqwik");
  }

  @Test
  void the_root_readme_links_the_testkit_readme() throws IOException {
    assertThat(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8)).contains("(testkit/README.md)");
  }
}
