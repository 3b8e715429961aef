/**
 * JMH benchmarks of the public APIs and the batch throughput command ({@link
 * org.painpath.benchmarks.batch.BatchRun}). Not part of the SDK's API.
 */
@NullMarked
package org.painpath.benchmarks;

import org.jspecify.annotations.NullMarked;
