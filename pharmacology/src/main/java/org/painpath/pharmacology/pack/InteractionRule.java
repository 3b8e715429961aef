package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;

import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * A pairwise rule of reference section 2: a drug matching {@code first} together with a different
 * drug matching {@code second}, in either order. {@code beersAvoidFromAge65} adds the Beers "avoid"
 * flag for older adults (INT-10).
 */
@API(status = EXPERIMENTAL)
public record InteractionRule(
    String id,
    Selector first,
    Selector second,
    InteractionSeverity severity,
    List<InteractionMechanism> mechanisms,
    boolean beersAvoidFromAge65,
    String message,
    Citation citation) {

  /** {@code mechanisms}: why the two interact (reference section 2); none listed reads as an empty list. */
  public InteractionRule {
    mechanisms = mechanisms == null ? List.of() : List.copyOf(mechanisms);
  }

  /** A rule without stated mechanisms (the shape before issue 15). */
  public InteractionRule(
      String id, Selector first, Selector second, InteractionSeverity severity, boolean beersAvoidFromAge65, String message, Citation citation) {
    this(id, first, second, severity, List.of(), beersAvoidFromAge65, message, citation);
  }
}
