package org.painpath.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The consumer projects that the build runs as a new adopter would (consumer-tests/src/it/*) hold exactly what the
 * READMEs tell an adopter to write: the dependency lines, the quick start and the testkit's first property. If a README
 * changes, these projects must change with it, so what the build proves is what a reader copies.
 */
class ConsumerProjectsTest {

  private static final Path PROJECTS = Path.of("..", "consumer-tests", "src", "it");
  private static final Path README = Path.of("..", "README.md");
  private static final Path TESTKIT_README = Path.of("..", "testkit", "README.md");

  @Test
  void every_consumer_project_uses_the_readme_dependency_lines_with_the_version_the_build_fills_in() throws IOException {
    List<String> readmeDependencies = dependencyLines(Files.readAllLines(README, StandardCharsets.UTF_8));
    assertThat(readmeDependencies).as("the README's Maven snippet").hasSizeGreaterThan(5);

    for (Path project : projects()) {
      List<String> pom = ReadmeQuickStartTest.between(
          Files.readAllLines(project.resolve("pom.xml"), StandardCharsets.UTF_8), "<!-- consumer-readme:begin -->", "<!-- consumer-readme:end -->");
      List<String> filled = pom.stream().map(l -> l.strip().replace("@project.version@", "0.1.0-SNAPSHOT")).collect(Collectors.toList());
      assertThat(filled).as("%s/pom.xml", project.getFileName()).containsSubsequence(readmeDependencies);
    }
  }

  @Test
  void every_consumer_project_runs_the_readme_quick_start_and_the_testkit_readme_property_verbatim() throws IOException {
    List<String> quickStart = ReadmeQuickStartTest.between(Files.readAllLines(README, StandardCharsets.UTF_8), "<!-- quick-start:begin -->", "<!-- quick-start:end -->");
    List<String> property = ReadmeQuickStartTest.between(
        Files.readAllLines(TESTKIT_README, StandardCharsets.UTF_8), "<!-- testkit-readme:begin -->", "<!-- testkit-readme:end -->");

    for (Path project : projects()) {
      Path sources = project.resolve(Path.of("src", "main", "java", "com", "example", "QuickStart.java"));
      Path test = project.resolve(Path.of("src", "test", "java", "com", "example", "PregabalinLimitsTest.java"));
      assertThat(ReadmeQuickStartTest.between(Files.readAllLines(sources, StandardCharsets.UTF_8), "// quick-start:begin", "// quick-start:end"))
          .as("%s QuickStart", project.getFileName())
          .isEqualTo(quickStart.subList(1, quickStart.size() - 1));
      assertThat(ReadmeQuickStartTest.between(Files.readAllLines(test, StandardCharsets.UTF_8), "// testkit-readme:begin", "// testkit-readme:end"))
          .as("%s PregabalinLimitsTest", project.getFileName())
          .isEqualTo(property.subList(1, property.size() - 1));
    }
  }

  private static List<Path> projects() throws IOException {
    try (Stream<Path> dirs = Files.list(PROJECTS)) {
      List<Path> projects = dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).sorted().collect(Collectors.toList());
      assertThat(projects).as("consumer projects in %s", PROJECTS).isNotEmpty();
      return projects;
    }
  }

  /** The README's Maven snippet: the lines of the first xml block, without indentation. */
  private static List<String> dependencyLines(List<String> readme) {
    int from = readme.indexOf("```xml");
    int to = readme.subList(from, readme.size()).indexOf("```") + from;
    return readme.subList(from + 1, to).stream().map(String::strip).collect(Collectors.toList());
  }
}
