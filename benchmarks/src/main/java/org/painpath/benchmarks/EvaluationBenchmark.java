package org.painpath.benchmarks;

import java.util.List;
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
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;

/** Scoring one complete PHQ-9 (nine answers, total 14: moderate). */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class EvaluationBenchmark {

  private List<Integer> answers;

  @Setup
  public void setUp() {
    answers = List.of(2, 1, 2, 3, 1, 2, 1, 1, 1);
  }

  @Benchmark
  public Score scorePhq9() {
    return Instrument.PHQ9.score(answers);
  }
}
