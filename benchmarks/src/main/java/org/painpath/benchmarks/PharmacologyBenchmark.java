package org.painpath.benchmarks;

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
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.titration.TitrationSchedule;

/**
 * The pharmacology facade over the bundled pack (loaded once, in setup): limits for one patient and
 * drug, a titration schedule, and the check of a regimen of 3 and of 6 drugs (and of 3 drugs for a
 * patient whose renal function is unknown).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class PharmacologyBenchmark {

  private Pharmacology pharmacology;
  private Patient patient;
  private Regimen regimenOf3;
  private Regimen regimenOf6;
  private Patient withoutRenalData;

  @Setup(Level.Trial)
  public void setUp() {
    pharmacology = Pharmacology.bundled();
    patient = Fixtures.patient();
    regimenOf3 = Fixtures.regimenOf3();
    regimenOf6 = Fixtures.regimenOf6();
    withoutRenalData = Fixtures.patientWithoutRenalData();
    // Fail fast on a broken fixture rather than measuring an exception.
    pharmacology.check(regimenOf6, patient, Fixtures.AS_OF);
  }

  @Benchmark
  public RegimenVerdict check3() {
    return pharmacology.check(regimenOf3, patient, Fixtures.AS_OF);
  }

  @Benchmark
  public RegimenVerdict check6() {
    return pharmacology.check(regimenOf6, patient, Fixtures.AS_OF);
  }

  /** The fail-closed path: renal function unknown, so limits cannot be computed for renally dosed drugs. */
  @Benchmark
  public RegimenVerdict check3WithoutRenalData() {
    return pharmacology.check(regimenOf3, withoutRenalData, Fixtures.AS_OF);
  }

  @Benchmark
  public DoseLimits limits() {
    return pharmacology.limits("pregabalin", patient);
  }

  @Benchmark
  public void titrate(Blackhole bh) {
    TitrationSchedule schedule = pharmacology.titrate("duloxetine", patient);
    bh.consume(schedule);
  }
}
