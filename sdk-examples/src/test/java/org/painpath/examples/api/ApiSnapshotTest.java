package org.painpath.examples.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compatibility gate: each library artifact's public API (see {@link PublicApi}) equals its committed snapshot in
 * docs/api. A public type, method or field added, removed, changed or moved to another package fails the build until
 * the snapshot is rewritten ({@code -Dpainpath.api.update=true}) and the diff is reviewed in the commit. Once a release
 * exists, japicmp against the released artifacts takes over this job; docs/api/README.md states the policy.
 */
class ApiSnapshotTest {

  private static final Path SNAPSHOTS = Path.of("..", "docs", "api");

  static Stream<Arguments> artifacts() {
    return Stream.of(
        Arguments.of("painpath-core", org.painpath.core.patient.Patient.class),
        Arguments.of("painpath-evaluation", org.painpath.evaluation.outcome.Instrument.class),
        Arguments.of("painpath-pharmacology", org.painpath.pharmacology.Pharmacology.class),
        Arguments.of("painpath-pathway", org.painpath.pathway.Pathway.class),
        Arguments.of("painpath-testkit", org.painpath.testkit.api.core.Patients.class),
        Arguments.of("painpath-jackson3", org.painpath.jackson3.PainpathJackson3Module.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("artifacts")
  void the_public_api_is_the_committed_snapshot(String artifact, Class<?> anchor) throws IOException {
    Path snapshot = SNAPSHOTS.resolve(artifact + ".api");
    List<String> current = PublicApi.of(anchor);
    if (Boolean.getBoolean("painpath.api.update")) {
      Files.createDirectories(SNAPSHOTS);
      Files.write(snapshot, current, StandardCharsets.UTF_8);
    }
    assertThat(snapshot).as("API snapshot (write it with -Dpainpath.api.update=true)").exists();
    List<String> committed = Files.readAllLines(snapshot, StandardCharsets.UTF_8);

    assertThat(difference(committed, current))
        .as("%s: the public API differs from %s; if the change is intended, rewrite the snapshot with "
            + "-Dpainpath.api.update=true and review the diff in the commit", artifact, snapshot)
        .isEmpty();
  }

  @Test
  void a_public_method_removed_on_purpose_fails_the_gate() {
    List<String> committed = PublicApi.of(org.painpath.pharmacology.Pharmacology.class);
    String checkMethod = committed.stream().filter(l -> l.startsWith("org.painpath.pharmacology.Pharmacology # ") && l.contains(".check(")).findFirst().orElseThrow();
    List<String> withoutCheck = new ArrayList<>(committed);
    withoutCheck.remove(checkMethod);

    assertThat(difference(committed, withoutCheck)).containsExactly("- " + checkMethod);
    assertThat(difference(withoutCheck, committed)).containsExactly("+ " + checkMethod);
    assertThat(difference(committed, committed)).isEmpty();
  }

  /** Lines only in the snapshot ("- ", removed from the API) and lines only in the code ("+ ", added). */
  static List<String> difference(List<String> committed, List<String> current) {
    Set<String> now = new LinkedHashSet<>(current);
    Set<String> before = new LinkedHashSet<>(committed);
    List<String> diff = new ArrayList<>();
    committed.stream().filter(l -> !now.contains(l)).forEach(l -> diff.add("- " + l));
    current.stream().filter(l -> !before.contains(l)).forEach(l -> diff.add("+ " + l));
    return diff;
  }
}
