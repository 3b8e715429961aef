package org.painpath.pharmacology.pack;

import org.painpath.core.citation.Citation;

/**
 * A pairwise rule of reference section 2: a drug matching {@code first} together with a different
 * drug matching {@code second}, in either order. {@code beersAvoidFromAge65} adds the Beers "avoid"
 * flag for older adults (INT-10).
 */
public record InteractionRule(
    String id,
    Selector first,
    Selector second,
    InteractionSeverity severity,
    boolean beersAvoidFromAge65,
    String message,
    Citation citation) {}
