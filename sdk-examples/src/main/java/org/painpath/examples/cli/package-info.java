/** The {@code painpath} command line: what non-Java tools call. */
@NullMarked
package org.painpath.examples.cli;

import org.jspecify.annotations.NullMarked;
