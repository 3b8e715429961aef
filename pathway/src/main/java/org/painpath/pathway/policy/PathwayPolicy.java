package org.painpath.pathway.policy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.SourceCatalogue;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.pathway.policy.RuleId;
import org.apiguardian.api.API;

/**
 * The pathway's own numbers and rules, read from the bundled {@code pathway-policy.json} and checked
 * on load: every value and rule carries at least one citation whose sources the reference knows.
 * The numbers about drugs, labs and outcome measures are not here: they belong to pharmacology and
 * evaluation; this holds only what the pathway itself decides (reference SAMS-05, SAMS-10, PIT-04,
 * PIT-09).
 *
 * @param statinWashoutBeforeRechallenge how long the statin stays off after symptoms resolve before a
 *     rechallenge (SAMS-10)
 * @param statinOtherCausesAfter how long symptoms may persist off the statin before other causes are taken
 *     (SAMS-05)
 * @param failedAdequateTrialsBeforeReferral failed adequate drug trials before multidisciplinary referral
 *     (PIT-09)
 * @param passiveOnlyLongest how long passive treatment may run alone before it is a pitfall (PIT-04)
 * @param rules the pathway's rules in words, by their rule id's key
 */
@API(status = EXPERIMENTAL)
public record PathwayPolicy(
    CitedPeriod statinWashoutBeforeRechallenge,
    CitedPeriod statinOtherCausesAfter,
    CitedCount failedAdequateTrialsBeforeReferral,
    CitedPeriod passiveOnlyLongest,
    SortedMap<String, PathwayRule> rules) {

  private static final String RESOURCE = "/org/painpath/pathway/policy/pathway-policy.json";
  private static final PathwayPolicy BUNDLED = load();

  /**
   * Checks the policy is complete and cited.
   *
   * @param statinWashoutBeforeRechallenge how long the statin stays off after symptoms resolve before a
   *     rechallenge (SAMS-10)
   * @param statinOtherCausesAfter how long symptoms may persist off the statin before other causes are taken
   *     (SAMS-05)
   * @param failedAdequateTrialsBeforeReferral failed adequate drug trials before multidisciplinary referral
   *     (PIT-09)
   * @param passiveOnlyLongest how long passive treatment may run alone before it is a pitfall (PIT-04)
   * @param rules the pathway's rules in words, by their rule id's key
   * @throws org.painpath.core.problem.InvalidInputException naming every non-positive period, uncited value,
   *     unknown source, blank rule and missing or unknown rule id
   */
  public PathwayPolicy {
    rules = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(rules));
    Problems.Collector problems = Problems.collector();
    checkPeriod(problems, "statinWashoutBeforeRechallenge", statinWashoutBeforeRechallenge);
    checkPeriod(problems, "statinOtherCausesAfter", statinOtherCausesAfter);
    checkPeriod(problems, "passiveOnlyLongest", passiveOnlyLongest);
    problems.check(
        failedAdequateTrialsBeforeReferral.value() >= 1,
        "failedAdequateTrialsBeforeReferral.value",
        "out-of-range",
        "must be at least 1");
    checkCitations(problems, "failedAdequateTrialsBeforeReferral", failedAdequateTrialsBeforeReferral.citations());
    for (Map.Entry<String, PathwayRule> rule : rules.entrySet()) {
      checkCitations(problems, "rules." + rule.getKey(), rule.getValue().citations());
      problems.check(
          !rule.getValue().statement().isBlank(), "rules." + rule.getKey() + ".statement", "blank", "a rule needs words");
    }
    checkRuleIds(problems, rules);
    problems.throwIfAny();
  }

  /** Every typed rule id has its words and citations here, and every entry here has its id. */
  private static void checkRuleIds(Problems.Collector problems, SortedMap<String, PathwayRule> rules) {
    for (RuleId id : RuleId.values()) {
      problems.check(rules.containsKey(id.key()), "rules." + id.key(), "missing-rule", "the pathway enforces this rule; state it");
    }
    for (String key : rules.keySet()) {
      problems.check(RuleId.ofKey(key).isPresent(), "rules." + key, "unknown-rule", "no rule of the pathway has this name");
    }
  }

  /**
   * The policy shipped with painpath.
   *
   * @return the bundled policy
   */
  public static PathwayPolicy bundled() {
    return BUNDLED;
  }

  /**
   * The rule; present for every id, since the policy is checked complete when it loads.
   *
   * @param id the rule's id
   * @return the rule
   */
  public PathwayRule rule(RuleId id) {
    return rule(id.key());
  }

  /**
   * The named rule; a name the data lacks is a programming error, caught by the tests on load.
   *
   * @param name the rule's key in {@code pathway-policy.json}
   * @return the rule
   * @throws IllegalStateException when the policy has no such rule (a programming error)
   */
  public PathwayRule rule(String name) {
    PathwayRule rule = rules.get(name);
    if (rule == null) {
      throw new IllegalStateException("pathway-policy.json has no rule \"" + name + "\"; known: " + rules.keySet());
    }
    return rule;
  }

  private static void checkPeriod(Problems.Collector problems, String field, CitedPeriod period) {
    problems.check(
        !period.value().isNegative() && !period.value().isZero(),
        field + ".value",
        "out-of-range",
        "must be a positive period, was " + period.value());
    checkCitations(problems, field, period.citations());
  }

  private static void checkCitations(Problems.Collector problems, String field, List<Citation> citations) {
    problems.check(!citations.isEmpty(), field + ".citations", "uncited", "every pathway value needs a citation");
    SourceCatalogue catalogue = SourceCatalogue.bundled();
    for (int i = 0; i < citations.size(); i++) {
      for (String source : citations.get(i).sources()) {
        problems.check(
            catalogue.knows(source),
            field + ".citations[" + i + "]",
            "unknown-source",
            source + " is not a source of the clinical reference");
      }
    }
  }

  private static PathwayPolicy load() {
    try (InputStream in = PathwayPolicy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the jar");
      }
      return PainpathJson.read(in, PathwayPolicy.class);
    } catch (InvalidInputException e) {
      throw new IllegalStateException("bundled " + RESOURCE + " is invalid: " + e.problems(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
