/**
 * The non-drug treatments the pathway offers: the
 * {@link org.painpath.pathway.intervention.InterventionCatalogue} of
 * {@link org.painpath.pathway.intervention.Intervention}s (exercise, manual therapy, psychological and
 * multidisciplinary care), each active or passive and cited. The catalogue is data: a new technique is a new
 * entry with its citations.
 */
@NullMarked
package org.painpath.pathway.intervention;

import org.jspecify.annotations.NullMarked;
