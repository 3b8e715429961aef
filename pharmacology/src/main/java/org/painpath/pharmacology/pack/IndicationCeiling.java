package org.painpath.pharmacology.pack;

import org.painpath.pharmacology.drug.Indication;

/** A label ceiling that applies only for one indication (pregabalin DPN 300, fibromyalgia 450). */
public record IndicationCeiling(Indication indication, CitedAmount maxDaily) {}
