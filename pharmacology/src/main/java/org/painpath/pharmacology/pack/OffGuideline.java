package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Severity;

/**
 * A guideline's advice against the drug for this pathway's patients, which stands whatever the label
 * covers (NICE NG193: gabapentinoids not to be started for chronic primary pain, fibromyalgia included;
 * PIT-06). Kept apart from {@link OffLabel} because a labelled use can still be off-guideline.
 *
 * @param message what the note says
 * @param severity how loudly (MODERATE in the bundled pack)
 * @param citation the guideline fact
 */
@API(status = EXPERIMENTAL)
public record OffGuideline(String message, Severity severity, Citation citation) {}
