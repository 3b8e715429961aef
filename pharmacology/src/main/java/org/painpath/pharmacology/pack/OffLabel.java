package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Severity;
import org.painpath.pharmacology.drug.Indication;

/**
 * Why use for muscle pain is off-label (reference section 0.2 and 8), and how loudly to say so.
 *
 * @param message what the note says
 * @param severity how loudly (MODERATE in the bundled pack)
 * @param citation the fact the note rests on
 * @param labelledFor the indications the label itself covers: for these no off-label note is given
 *     (pregabalin and fibromyalgia, PGB-03); none listed reads as an empty list
 */
@API(status = EXPERIMENTAL)
public record OffLabel(String message, Severity severity, Citation citation, List<Indication> labelledFor) {

  /**
   * Normalises a missing {@code labelledFor} to an empty list.
   *
   * @param message what the note says
   * @param severity how loudly
   * @param citation the fact the note rests on
   * @param labelledFor the indications the label covers
   */
  public OffLabel {
    labelledFor = labelledFor == null ? List.of() : List.copyOf(labelledFor);
  }

  /**
   * A note for every indication (the shape before issue 16).
   *
   * @param message what the note says
   * @param severity how loudly
   * @param citation the fact the note rests on
   */
  public OffLabel(String message, Severity severity, Citation citation) {
    this(message, severity, citation, List.of());
  }

  /**
   * Whether the note applies to use for {@code indication}.
   *
   * @param indication what the drug is used for
   * @return false when the label covers that indication
   */
  public boolean appliesTo(Indication indication) {
    return !labelledFor.contains(indication);
  }
}
