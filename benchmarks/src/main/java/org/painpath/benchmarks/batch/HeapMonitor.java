package org.painpath.benchmarks.batch;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap use during a run: the largest heap use seen by a sampler thread (every few milliseconds), the
 * garbage collections (count and time, from the GC beans) and the live heap after a full collection at
 * the end. A per-case leak shows as live heap growing with the number of cases; a stream that keeps
 * nothing keeps it flat.
 */
final class HeapMonitor implements AutoCloseable {

  private static final long SAMPLE_MILLIS = 5;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
  private final AtomicLong peakUsed = new AtomicLong();
  private final long gcCountAtStart;
  private final long gcMillisAtStart;
  private final Thread sampler;
  private volatile boolean running = true;

  HeapMonitor() {
    gcCountAtStart = collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionCount())).sum();
    gcMillisAtStart = collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionTime())).sum();
    sample();
    sampler =
        new Thread(
            () -> {
              while (running) {
                sample();
                try {
                  Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    peakUsed.accumulateAndGet(used, Math::max);
  }

  /** Stops sampling and measures what is left: call once the work is done. */
  Snapshot finish() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
    long gcCount = collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionCount())).sum() - gcCountAtStart;
    long gcMillis = collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionTime())).sum() - gcMillisAtStart;
    System.gc();
    long liveAfterGc = memory.getHeapMemoryUsage().getUsed();
    return new Snapshot(peakUsed.get(), liveAfterGc, memory.getHeapMemoryUsage().getMax(), gcCount, gcMillis);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }

  /** Heap figures of a run, in bytes and milliseconds. */
  record Snapshot(long peakUsed, long liveAfterGc, long max, long gcCount, long gcMillis) {}
}
