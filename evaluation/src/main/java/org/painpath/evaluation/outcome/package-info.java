/**
 * Validated outcome measures (reference 5): item validation, exact scoring, severity bands, and change
 * between administrations with the one responder definition. Score answers with {@link
 * org.painpath.evaluation.outcome.Instrument#score(java.util.List)}, compare two scores with {@link
 * org.painpath.evaluation.outcome.Change#between(Score, Score)}; a response is {@link
 * org.painpath.evaluation.outcome.Responder} (moderate or better, OUT-02, OUT-15).
 */
@NullMarked
package org.painpath.evaluation.outcome;

import org.jspecify.annotations.NullMarked;
