package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.pharmacology.drug.Indication;
import org.apiguardian.api.API;

/** A label ceiling that applies only for one indication (pregabalin DPN 300, fibromyalgia 450). */
@API(status = EXPERIMENTAL)
public record IndicationCeiling(Indication indication, CitedAmount maxDaily) {}
