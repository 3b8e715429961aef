/**
 * The care pathway for muscle pain not responding to conservative care, as an event-sourced SDK. Start with
 * {@link org.painpath.pathway.Pathway}: {@code decide} a {@code Command} against a case's state, {@code replay}
 * a stored {@code CaseLog}, and {@code recommend} the next steps as a {@code Plan}. Every answer explains
 * itself with findings and citations; time is always passed in, never read from a clock. Decision support for
 * clinicians, not a substitute for their judgement.
 */
@NullMarked
package org.painpath.pathway;

import org.jspecify.annotations.NullMarked;
