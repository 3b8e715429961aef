package org.painpath.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.RegimenVerdict;

/**
 * Issue 15's ratio, measured in one run: the same {@link Workload} patients answered by the
 * hand-written baseline ({@link HandWritten}), by {@code check}, and by {@code check} plus {@code
 * limits} (what a program needs today for the band, ceiling, allowed frequencies and age rule). One
 * operation is one patient; each operation takes the next of the 10 000, so every figure is over the
 * whole workload.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class WorkloadBenchmark {

  private Pharmacology pharmacology;
  private HandWritten handWritten;
  private Workload.Case[] cases;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    pharmacology = Pharmacology.bundled();
    handWritten = new HandWritten(pharmacology.pack());
    List<Workload.Case> all = Workload.cases(pharmacology.pack());
    cases = all.toArray(new Workload.Case[0]);
  }

  private Workload.Case nextCase() {
    Workload.Case c = cases[next];
    next = next + 1 == cases.length ? 0 : next + 1;
    return c;
  }

  @Benchmark
  public Answer baseline() {
    return handWritten.answer(nextCase());
  }

  @Benchmark
  public RegimenVerdict check() {
    Workload.Case c = nextCase();
    return pharmacology.check(c.regimen(), c.patient(), PainpathAnswers.AS_OF);
  }

  @Benchmark
  public void checkAndLimits(Blackhole bh) {
    Workload.Case c = nextCase();
    bh.consume(pharmacology.check(c.regimen(), c.patient(), PainpathAnswers.AS_OF));
    bh.consume(pharmacology.limits(c.order().drug(), c.patient()));
  }
}
