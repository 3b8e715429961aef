package org.painpath.evaluation.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.explain.Finding;

class RedFlagProperties {

  @Provide
  Arbitrary<Set<RedFlag>> flags() {
    return Arbitraries.of(RedFlag.class).set().map(s -> s.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(s));
  }

  @Property
  void imaging_is_either_indicated_or_explicitly_not_indicated(@ForAll("flags") Set<RedFlag> flags) {
    RedFlagAssessment assessment = RedFlags.assess(flags);

    boolean notIndicatedFinding = assessment.findings().stream().anyMatch(f -> f.code().equals("imaging-not-indicated"));
    assertThat(assessment.imagingIndicated()).isNotEqualTo(notIndicatedFinding);
    assertThat(assessment.imagingIndicated()).isEqualTo(flags.stream().anyMatch(RedFlag::justifiesImaging));
  }

  @Property
  void every_flag_present_is_explained_by_a_cited_finding_of_its_group(@ForAll("flags") Set<RedFlag> flags) {
    RedFlagAssessment assessment = RedFlags.assess(flags);

    for (RedFlag flag : flags) {
      Finding finding = assessment.findings().stream().filter(f -> f.code().equals(flag.group().findingCode()))
          .findFirst().orElseThrow();
      assertThat(finding.values().get("flags")).contains(flag.name());
      assertThat(finding.citations()).contains(flag.citation());
    }
  }

  @Property
  void adding_a_flag_never_lowers_the_urgency_or_withdraws_imaging(
      @ForAll("flags") Set<RedFlag> flags, @ForAll RedFlag extra) {
    RedFlagAssessment before = RedFlags.assess(flags);
    Set<RedFlag> more = EnumSet.copyOf(flags.isEmpty() ? EnumSet.of(extra) : flags);
    more.add(extra);
    RedFlagAssessment after = RedFlags.assess(more);

    before.urgency().ifPresent(u -> assertThat(after.urgency()).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(u)));
    assertThat(!before.imagingIndicated() || after.imagingIndicated()).isTrue();
    assertThat(!before.urgentReferral() || after.urgentReferral()).isTrue();
  }
}
