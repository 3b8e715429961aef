/** Checks on values read from JSON that every reader of the pathway shares (events of a log, commands). */
@NullMarked
package org.painpath.pathway.internal.values;

import org.jspecify.annotations.NullMarked;
