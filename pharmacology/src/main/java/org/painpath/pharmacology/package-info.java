/**
 * The pharmacology module's entry points. {@link org.painpath.pharmacology.Pharmacology} answers the
 * drug questions of the pathway for one patient (limits, titration and taper schedules, a regimen
 * check, morphine milligram equivalents) over a {@link org.painpath.pharmacology.DrugPack}, the checked
 * knowledge pack whose every number carries the citation of its reference fact. Start with {@code
 * Pharmacology.bundled()}; the sub-packages hold the values these answers are made of.
 */
@NullMarked
package org.painpath.pharmacology;

import org.jspecify.annotations.NullMarked;
