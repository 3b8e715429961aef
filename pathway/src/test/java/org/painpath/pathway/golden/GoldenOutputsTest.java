package org.painpath.pathway.golden;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.samples.SampleCase;
import org.painpath.pathway.samples.SampleCases;
import org.painpath.pathway.state.CaseState;
import org.painpath.testkit.api.golden.GoldenFile;
import org.painpath.testkit.api.pathway.PathwayCase;
import org.painpath.testkit.api.pathway.PathwayCommands;
import org.painpath.testkit.api.pathway.PathwayPatients;
import org.painpath.testkit.api.pathway.PathwayVisits;

/**
 * The pathway's outputs recorded before a refactor: every sample's state and plan after each of its
 * events (digests, and the full plan as of the sample's date), and a fixed set of generated visits
 * (a seeded walk, drawn in a jqwik example because the generators need its context) with every
 * decision and a digest of the plan after it.
 * A change of structure must leave these byte for byte as they are.
 */
class GoldenOutputsTest {

  private static final Pathway PATHWAY = Pathway.standard();
  private static final int CHAINS = 120;
  private static final int VISITS = 40;

  @Test
  void every_sample_plans_the_same_after_each_of_its_events() {
    StringBuilder out = new StringBuilder();
    for (SampleCase sample : SampleCases.all()) {
      List<PathwayEvent> events = sample.log().events();
      for (int k = 0; k <= events.size(); k++) {
        CaseLog prefix = new CaseLog(sample.log().schemaVersion(), sample.log().patient(), events.subList(0, k));
        CaseState state = PATHWAY.replay(prefix);
        LocalDate on = k == 0 ? sample.asOf() : events.get(k - 1).date();
        out.append(sample.name()).append(" #").append(k).append(" state ").append(digest(PainpathJson.write(state))).append('\n');
        out.append(sample.name()).append(" #").append(k).append(" plan on ").append(on).append(' ')
            .append(digest(PainpathJson.write(PATHWAY.recommend(state, on)))).append('\n');
        out.append(sample.name()).append(" #").append(k).append(" plan on ").append(sample.asOf()).append(' ')
            .append(PainpathJson.write(PATHWAY.recommend(state, sample.asOf()))).append('\n');
      }
    }
    GoldenFile.assertMatches("sample-plans.txt", out.toString());
  }

  @Example
  void generated_visits_are_decided_and_planned_the_same() {
    StringBuilder out = new StringBuilder();
    for (int chain = 0; chain < CHAINS; chain++) {
      Random random = new Random(20261203L + chain);
      PathwayCase c =
          PathwayCase.admit(
              PATHWAY, PathwayPatients.patients().generator(100).next(random).value(), PathwayVisits.FIRST_VISIT);
      out.append("chain ").append(chain).append(" patient ").append(PainpathJson.write(c.log().patient())).append('\n');
      for (int visit = 0; visit < VISITS; visit++) {
        int days = PathwayVisits.daysBetweenVisits().generator(100).next(random).value();
        var command = PathwayCommands.next(c.state(), c.today().plusDays(days)).generator(100).next(random).value();
        c = c.visit(days, command);
        out.append(chain).append('.').append(visit).append(" +").append(days).append("d ")
            .append(command.getClass().getSimpleName()).append(' ').append(digest(PainpathJson.write(command))).append('\n');
        out.append("  -> ").append(decided(c)).append('\n');
        out.append("  plan ").append(digest(PainpathJson.write(PATHWAY.recommend(c.state(), c.today())))).append('\n');
      }
      out.append("  state ").append(digest(PainpathJson.write(c.state()))).append('\n');
    }
    GoldenFile.assertMatches("generated-visits.txt", out.toString());
  }

  /** Accepted event types or rejection codes, and a digest of the whole decision. */
  private static String decided(PathwayCase c) {
    if (c.lastRefusal() != null) {
      return "refused " + c.lastRefusal().getMessage();
    }
    if (c.lastDecision() instanceof Accepted accepted) {
      return "accepted "
          + accepted.events().stream().map(e -> e.getClass().getSimpleName()).toList()
          + " "
          + digest(PainpathJson.write(accepted));
    }
    Rejected rejected = (Rejected) c.lastDecision();
    return "rejected "
        + rejected.reasons().stream().map(f -> f.code()).toList()
        + " "
        + digest(PainpathJson.write(rejected));
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
