/**
 * What a drug is for the rules: its {@link org.painpath.pharmacology.drug.DrugClass} (the classes
 * interaction, duplication and Beers rules are written on) and the {@link
 * org.painpath.pharmacology.drug.Indication} a label ceiling depends on (pregabalin's 300 or 450 mg/day).
 */
@NullMarked
package org.painpath.pharmacology.drug;

import org.jspecify.annotations.NullMarked;
