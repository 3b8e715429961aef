/**
 * Reading medication text: the one normal form displays, names and brands are compared in ({@link
 * MedicationText}) and the edit distance near matches use ({@link EditDistance}). Depends on nothing
 * else of the module, so the pack's load-time checks and the interaction checks can both use it.
 */
@NullMarked
package org.painpath.pharmacology.internal.recognition;

import org.jspecify.annotations.NullMarked;
