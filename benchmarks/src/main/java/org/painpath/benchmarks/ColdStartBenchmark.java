package org.painpath.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.samples.SampleCase;
import org.painpath.pathway.samples.SampleCases;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.RegimenVerdict;

/**
 * Time to first answer (issue 14): a fresh JVM per measurement (one shot per fork, no warm-up), so
 * class loading, Jackson's start-up, reading and validating the pack and building its indexes are all
 * inside the figure. The first {@code check} is {@link Fixtures#regimenOf3()}; the first {@code
 * recommend} is the embedded sample {@link Cases#RICH}, whose log is read from the SDK's resources by
 * the benchmark itself (inside the shot: a user's first call reads a log too).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class ColdStartBenchmark {

  @Benchmark
  public RegimenVerdict bundledThenFirstCheck() {
    return Pharmacology.bundled().check(Fixtures.regimenOf3(), Fixtures.patient(), Fixtures.AS_OF);
  }

  @Benchmark
  public Plan standardThenFirstRecommend() {
    Pathway pathway = Pathway.standard();
    SampleCase sample = SampleCases.get(Cases.RICH);
    return pathway.recommend(pathway.replay(sample.log()), sample.asOf());
  }
}
