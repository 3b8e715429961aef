/** The batch throughput command: synthetic cases streamed from a seed, checked across threads. */
@NullMarked
package org.painpath.benchmarks.batch;

import org.jspecify.annotations.NullMarked;
