package org.painpath.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.state.CaseState;

/**
 * The pathway over the bundled knowledge (built once, in setup): {@code recommend} for a case of 20
 * events (the {@link Cases#RICH} sample plus outcome measures: two drugs to start, interventions,
 * warnings), the replay of a 200-event log ({@link Cases#LONG} plus measures), and JSON read and
 * write of the 20-event case.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class PathwayBenchmark {

  private Pathway pathway;
  private CaseLog log20;
  private CaseState state20;
  private java.time.LocalDate asOf20;
  private String json20;
  private CaseLog log200;

  @Setup
  public void setUp() {
    pathway = Pathway.standard();
    Cases.Grown twenty = Cases.grow(pathway, Cases.RICH, 20);
    log20 = twenty.log();
    asOf20 = twenty.asOf();
    state20 = pathway.replay(log20);
    json20 = log20.toJson();
    log200 = Cases.grow(pathway, Cases.LONG, 200).log();
    if (!CaseLog.read(json20).equals(log20)) {
      throw new IllegalStateException("the 20-event log does not survive a JSON round trip");
    }
  }

  @Benchmark
  public Plan recommend20() {
    return pathway.recommend(state20, asOf20);
  }

  @Benchmark
  public CaseState replay200() {
    return pathway.replay(log200);
  }

  @Benchmark
  public CaseLog jsonRead20() {
    return CaseLog.read(json20);
  }

  @Benchmark
  public void jsonWrite20(Blackhole bh) {
    bh.consume(log20.toJson());
  }
}
