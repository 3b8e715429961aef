package org.painpath.pharmacology.pack;

import org.painpath.core.citation.Citation;

/** A whole number from the pack (days, years, hours) with its citation. */
public record CitedCount(int value, Citation citation) {}
