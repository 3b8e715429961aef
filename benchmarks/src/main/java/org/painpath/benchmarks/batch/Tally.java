package org.painpath.benchmarks.batch;

import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * What one worker saw: cases done, verdicts and findings, plans, errors, its CPU time and allocation,
 * and an order-independent checksum (a sum of per-case hashes), so runs with the same seed agree
 * whatever the number of threads.
 */
final class Tally {

  long cases;
  final long[] verdicts = new long[Verdict.values().length];
  long findings;
  long plans;
  long recommendations;
  long warnings;
  long cpuNanos;
  long allocatedBytes;
  long errors;
  long checksum;
  Optional<String> firstError = Optional.empty();

  void add(RegimenVerdict verdict) {
    verdicts[verdict.verdict().ordinal()]++;
    findings += verdict.findings().size();
    long h = verdict.verdict().ordinal();
    for (Finding f : verdict.findings()) {
      h = h * 31 + f.code().hashCode();
    }
    checksum += mix(h);
  }

  void add(Plan plan) {
    plans++;
    recommendations += plan.recommendations().size();
    warnings += plan.warnings().size();
    long h = plan.state().phase().ordinal();
    for (Recommendation r : plan.recommendations()) {
      h = h * 31 + r.getClass().getName().hashCode();
    }
    for (Finding f : plan.warnings()) {
      h = h * 31 + f.code().hashCode();
    }
    checksum += mix(h);
  }

  void addGenerated(SyntheticCase c) {
    checksum += mix(c.regimen().items().size() * 1_000L + c.patient().age().years() * 100L + c.log().events().size());
  }

  /** A case that went through all its work. */
  void done() {
    cases++;
  }

  void error(long index, RuntimeException e) {
    cases++;
    errors++;
    checksum += mix(e.getClass().getName().hashCode());
    if (firstError.isEmpty()) {
      firstError = Optional.of("case " + index + ": " + e);
    }
  }

  void addAll(Tally other) {
    cases += other.cases;
    for (int i = 0; i < verdicts.length; i++) {
      verdicts[i] += other.verdicts[i];
    }
    findings += other.findings;
    plans += other.plans;
    recommendations += other.recommendations;
    warnings += other.warnings;
    cpuNanos += other.cpuNanos;
    allocatedBytes += other.allocatedBytes;
    errors += other.errors;
    checksum += other.checksum;
    if (firstError.isEmpty()) {
      firstError = other.firstError;
    }
  }

  /** SplitMix64's finaliser: spreads a value over 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
