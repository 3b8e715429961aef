package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;

import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * A pairwise rule of reference section 2: a drug matching {@code first} together with a different
 * drug matching {@code second}, in either order. {@code beersAvoidFromAge65} adds the Beers "avoid"
 * flag for older adults (INT-10).
 *
 * @param id the rule's id, the reference fact it encodes (e.g. {@code INT-01})
 * @param first one side of the pair
 * @param second the other side of the pair
 * @param severity the reference's interaction level, which sets the finding's severity
 * @param mechanisms why the two interact (serotonergic, additive sedation, ...); possibly empty
 * @param beersAvoidFromAge65 true when Beers 2023 also says avoid the pair for a patient aged 65 or over
 * @param message what the finding says, in words a clinician reads
 * @param citation the reference fact and its sources
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

  /**
   * {@code mechanisms}: why the two interact (reference section 2); none listed reads as an empty list.
   *
   * @param id the rule's id, the reference fact it encodes (e.g. {@code INT-01})
   * @param first one side of the pair
   * @param second the other side of the pair
   * @param severity the reference's interaction level
   * @param mechanisms why the two interact; null reads as none
   * @param beersAvoidFromAge65 true when Beers 2023 also says avoid the pair from age 65
   * @param message what the finding says
   * @param citation the reference fact and its sources
   */
  public InteractionRule {
    mechanisms = mechanisms == null ? List.of() : List.copyOf(mechanisms);
  }

  /**
   * A rule without stated mechanisms (the shape before issue 15).
   *
   * @param id the rule's id, the reference fact it encodes (e.g. {@code INT-01})
   * @param first one side of the pair
   * @param second the other side of the pair
   * @param severity the reference's interaction level
   * @param beersAvoidFromAge65 true when Beers 2023 also says avoid the pair from age 65
   * @param message what the finding says
   * @param citation the reference fact and its sources
   */
  public InteractionRule(

      String id, Selector first, Selector second, InteractionSeverity severity, boolean beersAvoidFromAge65, String message, Citation citation) {
    this(id, first, second, severity, List.of(), beersAvoidFromAge65, message, citation);
  }
}
