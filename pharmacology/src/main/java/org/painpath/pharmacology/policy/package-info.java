/**
 * An institution's formulary rules on top of the pack: an {@link
 * org.painpath.pharmacology.policy.InstitutionPolicy} of {@link
 * org.painpath.pharmacology.policy.PolicyOverride}s, each of which may only make a drug's limits stricter
 * ({@code DrugPack.withPolicy} refuses one that loosens). Local decisions, cited as {@code LOCAL-POLICY}.
 */
@NullMarked
package org.painpath.pharmacology.policy;

import org.jspecify.annotations.NullMarked;
