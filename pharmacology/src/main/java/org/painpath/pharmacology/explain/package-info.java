/**
 * The words of this module's answers that programs match on: {@link
 * org.painpath.pharmacology.explain.FindingCodes}, the stable kebab-case codes of its findings, and
 * {@link org.painpath.pharmacology.explain.Decisions}, the citations of its own DESIGN decisions (rules
 * that rest on a pathway policy, recorded in {@code docs/clinical-decisions.md}, rather than on a
 * number of the reference).
 */
@NullMarked
package org.painpath.pharmacology.explain;

import org.jspecify.annotations.NullMarked;
