package org.painpath.pharmacology.limits;

import static org.apiguardian.api.API.Status.STABLE;

import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.Dose;
import org.apiguardian.api.API;

/**
 * A labelled every-other-day regimen (bupropion in moderate to severe hepatic impairment: "150 mg every
 * other day", BUP-06): when every dose of the ingredient is given every other day, the day it is given
 * is held to {@code max} rather than to the daily maximum.
 *
 * @param source what set it, so an excess is reported as hepatic (or renal, or general)
 */
@API(status = STABLE)
public record EveryOtherDayLimit(Dose max, LimitSource source, Citation citation) {}
