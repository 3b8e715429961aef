package org.painpath.pharmacology.pack;

import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Severity;

/** Why use for muscle pain is off-label (reference section 0.2 and 8), and how loudly to say so. */
public record OffLabel(String message, Severity severity, Citation citation) {}
