/**
 * The answer to a command: a {@link org.painpath.pathway.decide.Decision} that is either
 * {@link org.painpath.pathway.decide.Accepted} (the events to append) or
 * {@link org.painpath.pathway.decide.Rejected} (the findings saying which rule refused it, with their
 * citations). Nothing is appended on a rejection.
 */
@NullMarked
package org.painpath.pathway.decide;

import org.jspecify.annotations.NullMarked;
