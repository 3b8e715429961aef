package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Severity;
import org.apiguardian.api.API;

/** Why use for muscle pain is off-label (reference section 0.2 and 8), and how loudly to say so. */
@API(status = EXPERIMENTAL)
public record OffLabel(String message, Severity severity, Citation citation) {}
