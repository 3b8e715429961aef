package org.painpath.pharmacology.pack;

import java.math.BigDecimal;
import org.painpath.core.citation.Citation;

/** A dimensionless number from the pack (a multiplier, a clearance, an MME factor) with its citation. */
public record CitedNumber(BigDecimal value, Citation citation) {}
