package org.painpath.benchmarks.batch;

import java.time.Duration;
import java.util.Locale;

/** The figures of one batch run. */
public record BatchResult(
    BatchOptions options,
    long cases,
    Duration elapsed,
    long accepted,
    long acceptedWithWarnings,
    long rejected,
    long findings,
    long plans,
    long recommendations,
    long warnings,
    long errors,
    long checksum,
    long peakHeapBytes,
    long liveHeapAfterGcBytes,
    long maxHeapBytes,
    long gcCount,
    long gcMillis,
    long cpuNanos,
    long allocatedBytes) {

  public double casesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds == 0 ? 0 : cases / seconds;
  }

  /** Mean wall-clock time per case and thread, in microseconds. */
  public double microsPerCasePerThread() {
    return cases == 0 ? 0 : elapsed.toNanos() / 1e3 * options.threads() / cases;
  }

  /** Worker CPU time per case in microseconds: robust to other processes competing for the cores. */
  public double cpuMicrosPerCase() {
    return cases == 0 ? 0 : cpuNanos / 1e3 / cases;
  }

  /** Bytes allocated by the workers per case. */
  public long allocatedBytesPerCase() {
    return cases == 0 ? 0 : allocatedBytes / cases;
  }

  /** The report BatchRun prints, one figure per line. */
  public String report() {
    StringBuilder b = new StringBuilder();
    line(b, "cases", Long.toString(cases));
    line(b, "threads", Integer.toString(options.threads()));
    line(b, "seed", Long.toString(options.seed()));
    line(b, "drugs per regimen", options.drugs() == 0 ? "1-" + CaseArbitraries.MAX_DRUGS + " (mixed)" : Integer.toString(options.drugs()));
    line(b, "work", options.work().label());
    line(b, "total time", String.format(Locale.ROOT, "%.3f s", elapsed.toNanos() / 1e9));
    line(b, "cases per second", String.format(Locale.ROOT, "%.0f", casesPerSecond()));
    line(b, "time per case per thread", String.format(Locale.ROOT, "%.2f us", microsPerCasePerThread()));
    line(b, "cpu time per case", String.format(Locale.ROOT, "%.2f us", cpuMicrosPerCase()));
    line(b, "allocated per case", String.format(Locale.ROOT, "%.1f KiB", allocatedBytesPerCase() / 1024.0));
    if (options.work().checks()) {
      line(b, "verdicts", "ACCEPTED=" + accepted + " ACCEPTED_WITH_WARNINGS=" + acceptedWithWarnings + " REJECTED=" + rejected);
      line(b, "findings", Long.toString(findings));
    }
    if (options.work().recommends()) {
      line(b, "plans", plans + " (" + recommendations + " recommendations, " + warnings + " warnings)");
    }
    line(b, "errors", Long.toString(errors));
    line(b, "checksum", String.format(Locale.ROOT, "%016x", checksum));
    line(b, "peak heap used", mib(peakHeapBytes) + " (max " + mib(maxHeapBytes) + ")");
    line(b, "live heap after GC", mib(liveHeapAfterGcBytes));
    line(b, "gc", gcCount + " collections, " + gcMillis + " ms");
    return b.toString();
  }

  private static void line(StringBuilder b, String name, String value) {
    b.append(String.format(Locale.ROOT, "%-25s %s%n", name + ":", value));
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
