package org.painpath.examples.cli;

/**
 * What a command answers, in both formats: its record components are the JSON object (written by
 * painpath's one mapper, quantities as {@code {"value", "unit"}}), {@link #text()} is what a person
 * reads. Both come from the same value, so they cannot disagree.
 */
interface Answer {

  /** The plain-text rendering, ending with the sources it cites. */
  String text();
}
