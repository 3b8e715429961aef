package org.painpath.pharmacology.limits;

import static org.apiguardian.api.API.Status.STABLE;

import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;
import org.apiguardian.api.API;

/** The daily dose must be held at {@code atDaily} for {@code days} days before going higher (PGB-02). */
@API(status = STABLE)
public record DoseHold(DailyDose atDaily, int days, Citation citation) {}
