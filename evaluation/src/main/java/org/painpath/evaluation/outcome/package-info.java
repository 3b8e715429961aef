/** Validated outcome measures (reference 5): item validation, exact scoring, severity bands, and change between administrations with the one responder definition. */
@NullMarked
package org.painpath.evaluation.outcome;

import org.jspecify.annotations.NullMarked;
