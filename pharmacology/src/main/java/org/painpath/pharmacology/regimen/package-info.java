/**
 * A proposed regimen and its check: the {@link org.painpath.pharmacology.regimen.Regimen} of {@link
 * org.painpath.pharmacology.regimen.RegimenItem}s a prescriber orders, and the {@link
 * org.painpath.pharmacology.regimen.RegimenVerdict} a check answers (ACCEPTED, ACCEPTED_WITH_WARNINGS or
 * REJECTED, with every finding and the limits applied). {@link
 * org.painpath.pharmacology.regimen.DrugChange} says how the regimen changes what the patient takes now
 * (new, increased, continued, reduced), which the opioid rules depend on.
 */
@NullMarked
package org.painpath.pharmacology.regimen;

import org.jspecify.annotations.NullMarked;
