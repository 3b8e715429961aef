package org.painpath.benchmarks.batch;

import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.pharmacology.RegimenVerdict;
import org.painpath.pharmacology.Verdict;

/**
 * What one worker saw: cases done, verdicts, findings, errors and an order-independent checksum (a sum
 * of per-case hashes), so runs with the same seed agree whatever the number of threads.
 */
final class Tally {

  long cases;
  final long[] verdicts = new long[Verdict.values().length];
  long findings;
  long errors;
  long checksum;
  Optional<String> firstError = Optional.empty();

  void add(RegimenVerdict verdict) {
    cases++;
    verdicts[verdict.verdict().ordinal()]++;
    findings += verdict.findings().size();
    long h = verdict.verdict().ordinal();
    for (Finding f : verdict.findings()) {
      h = h * 31 + f.code().hashCode();
    }
    checksum += mix(h);
  }

  void addGenerated(SyntheticCase c) {
    cases++;
    checksum += mix(c.regimen().items().size() * 1_000L + c.patient().age().years());
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
