package org.painpath.pharmacology.limits;

import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;

/** The daily dose must be held at {@code atDaily} for {@code days} days before going higher (PGB-02). */
public record DoseHold(DailyDose atDaily, int days, Citation citation) {}
