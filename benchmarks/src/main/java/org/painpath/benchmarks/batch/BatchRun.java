package org.painpath.benchmarks.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.painpath.pathway.Pathway;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * Batch throughput: generates {@code --cases N} synthetic cases from {@code --seed S}, checks each one's
 * regimen and replays its log and recommends, across {@code --threads T}, then prints cases per
 * second, total time, CPU time and allocation per case, and heap figures.
 *
 * <p>Cases stream: case {@code i} is generated from its own {@code Random} seeded with {@code (seed,
 * i)}, so the same seed gives the same cases (and checksum) on any number of threads, and no case is
 * kept after it is checked. Threads take indices in blocks from a shared counter.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.painpath.benchmarks.batch.BatchRun --cases 100000 --threads 2 --seed 42</pre>
 */
public final class BatchRun {

  /** jqwik's generation size: it only shapes how large lists get, which our arbitraries bound anyway. */
  private static final int GEN_SIZE = 1000;

  private static final int BLOCK = 256;

  private final Pharmacology pharmacology;
  private final Pathway pathway;

  public BatchRun(Pharmacology pharmacology) {
    this.pharmacology = pharmacology;
    this.pathway = Pathway.over(pharmacology);
  }

  public static void main(String[] args) {
    BatchOptions options;
    try {
      options = BatchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    BatchResult result = new BatchRun(Pharmacology.bundled()).run(options, System.out);
    System.out.print(result.report());
    System.exit(result.errors() == 0 ? 0 : 1);
  }

  /** Runs the batch; progress lines (not the report) go to {@code log}. */
  public BatchResult run(BatchOptions options, PrintStream log) {
    RandomGenerator<SyntheticCase> generator = generator(options.drugs());
    if (options.warmup() > 0) {
      log.println("warm-up: " + options.warmup() + " cases (untimed)");
      // Seeds of the warm-up differ from the run's so the checksum covers only the timed cases.
      execute(generator, options, options.seed() ^ 0x5DEECE66DL, options.warmup());
    }
    try (HeapMonitor heap = new HeapMonitor()) {
      long start = System.nanoTime();
      Tally tally = execute(generator, options, options.seed(), options.cases());
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      HeapMonitor.Snapshot memory = heap.finish();
      tally.firstError.ifPresent(e -> log.println("first error: " + e));
      return new BatchResult(
          options,
          tally.cases,
          elapsed,
          tally.verdicts[Verdict.ACCEPTED.ordinal()],
          tally.verdicts[Verdict.ACCEPTED_WITH_WARNINGS.ordinal()],
          tally.verdicts[Verdict.REJECTED.ordinal()],
          tally.findings,
          tally.plans,
          tally.recommendations,
          tally.warnings,
          tally.errors,
          tally.checksum,
          memory.peakUsed(),
          memory.liveAfterGc(),
          memory.max(),
          memory.gcCount(),
          memory.gcMillis(),
          tally.cpuNanos,
          tally.allocatedBytes);
    }
  }

  /**
   * The case generator, built inside a jqwik session (jqwik memoises generators in its lifecycle
   * store); values are drawn inside each worker's own session.
   */
  static RandomGenerator<SyntheticCase> generator(int drugs) {
    JqwikSession.start();
    try {
      return CaseArbitraries.cases(drugs).generator(GEN_SIZE);
    } finally {
      JqwikSession.finish();
    }
  }

  private Tally execute(RandomGenerator<SyntheticCase> generator, BatchOptions options, long seed, long cases) {
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "batch-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Tally>> workers = new ArrayList<>();
      for (int t = 0; t < options.threads(); t++) {
        workers.add(pool.submit(() -> work(generator, options.work(), seed, cases, next)));
      }
      Tally total = new Tally();
      for (Future<Tally> w : workers) {
        total.addAll(w.get());
      }
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a batch worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Tally work(RandomGenerator<SyntheticCase> generator, Work work, long seed, long cases, AtomicLong next) {
    // Each worker has its own jqwik session (sessions are per thread): flatMapped values need one.
    JqwikSession.start();
    try {
      return measured(() -> workInSession(generator, work, seed, cases, next));
    } finally {
      JqwikSession.finish();
    }
  }

  /** Adds the worker thread's CPU time and allocated bytes (HotSpot's thread bean) to its tally. */
  private static Tally measured(java.util.function.Supplier<Tally> body) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long cpu = threads.getCurrentThreadCpuTime();
    long allocated = threads.getThreadAllocatedBytes(id);
    Tally tally = body.get();
    tally.cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
    tally.allocatedBytes = threads.getThreadAllocatedBytes(id) - allocated;
    return tally;
  }

  private static final Object GENERATION = new Object();

  /**
   * jqwik keeps the stores of every session in one process-wide repository that is not safe when two
   * threads create stores at once (a flatMapped value creates one: seen as a
   * ConcurrentModificationException in {@code StoreRepository.addStore} with 2 threads at 10^5 cases),
   * so drawing a case is serialised; checking and planning it, the SDK's work, runs in parallel.
   */
  private static SyntheticCase generate(RandomGenerator<SyntheticCase> generator, Random random) {
    synchronized (GENERATION) {
      return generator.next(random).value();
    }
  }

  private Tally workInSession(RandomGenerator<SyntheticCase> generator, Work work, long seed, long cases, AtomicLong next) {
    Tally tally = new Tally();
    Random random = new Random();
    for (long from = next.getAndAdd(BLOCK); from < cases; from = next.getAndAdd(BLOCK)) {
      long to = Math.min(cases, from + BLOCK);
      for (long i = from; i < to; i++) {
        random.setSeed(Tally.mix(seed + Tally.mix(i)));
        SyntheticCase c = generate(generator, random);
        try {
          if (work == Work.GENERATE) {
            tally.addGenerated(c);
          }
          if (work.checks()) {
            tally.add(pharmacology.check(c.regimen(), c.patient(), c.asOf()));
          }
          if (work.recommends()) {
            tally.add(pathway.recommend(c.log().replay(), c.asOf()));
          }
          tally.done();
        } catch (RuntimeException e) {
          tally.error(i, e);
        }
      }
    }
    return tally;
  }
}
