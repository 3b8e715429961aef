/**
 * The pathway's own numbers and rules ({@link org.painpath.pathway.policy.PathwayPolicy}): statin washout, how
 * long symptoms persist before other causes are taken, failed trials before referral, how long passive care may
 * run alone, and the rules guards enforce, each with its citations. Read from the bundled
 * {@code pathway-policy.json}; numbers about drugs and labs live in pharmacology and evaluation.
 */
@NullMarked
package org.painpath.pathway.policy;

import org.jspecify.annotations.NullMarked;
