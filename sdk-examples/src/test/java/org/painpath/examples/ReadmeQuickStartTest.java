package org.painpath.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick start is the code of {@link QuickStart}, so what a reader copies is code that runs. */
class ReadmeQuickStartTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path QUICK_START = Path.of("src", "main", "java", "org", "painpath", "examples", "QuickStart.java");

  /** The lines strictly between the two marker lines, with the common indentation removed. */
  static List<String> between(List<String> lines, String begin, String end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(begin)) {
        from = i;
      } else if (lines.get(i).strip().equals(end)) {
        to = i;
      }
    }
    assertThat(from).as("marker %s", begin).isNotNegative();
    assertThat(to).as("marker %s after %s", end, begin).isGreaterThan(from);
    List<String> region = lines.subList(from + 1, to);
    int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.toList());
  }

  @Test
  void the_readme_quick_start_is_the_quick_start_example_verbatim() throws IOException {
    List<String> readme = between(Files.readAllLines(README, StandardCharsets.UTF_8), "<!-- quick-start:begin -->", "<!-- quick-start:end -->");
    List<String> example = between(Files.readAllLines(QUICK_START, StandardCharsets.UTF_8), "// quick-start:begin", "// quick-start:end");

    assertThat(readme.get(0)).isEqualTo("```java");
    assertThat(readme.get(readme.size() - 1)).isEqualTo("```");
    assertThat(readme.subList(1, readme.size() - 1)).isEqualTo(example);
    assertThat(example.size()).as("about fifteen lines of Java").isBetween(10, 20);
  }

  @Test
  void the_readme_starts_with_the_demo_and_the_build_commands() throws IOException {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);

    List<String> firstBlock = readme.subList(readme.indexOf("```bash") + 1, readme.indexOf("```bash") + 3);
    assertThat(firstBlock.get(0)).startsWith("./painpath demo ");
    assertThat(firstBlock.get(1)).startsWith("./mvnw -B verify -Prelease ");
    assertThat(readme.indexOf("```bash")).as("the first code block comes before any section").isLessThan(readme.indexOf("## What painpath answers"));
  }

  @Test
  void every_example_the_readme_names_exists() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);

    for (String example : List.of("BuildAPatient", "AskForLimits", "PlanATitration", "CheckARegimen", "RecordEventsAndAskForNextSteps", "ExportAndReloadACase")) {
      assertThat(readme).contains("`" + example + "`");
      assertThat(QUICK_START.resolveSibling(example + ".java")).exists();
    }
  }

  @Test
  void every_repository_file_the_readme_links_exists() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\]\\(([^)#:]+)\\)").matcher(readme);
    int links = 0;
    while (link.find()) {
      assertThat(README.resolveSibling(link.group(1))).as("README link %s", link.group(1)).exists();
      links++;
    }
    assertThat(links).isGreaterThan(5);
  }
}
