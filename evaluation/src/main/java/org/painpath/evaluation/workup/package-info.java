/**
 * The diagnostic work-up (reference 4): coded laboratory orders ({@link
 * org.painpath.evaluation.workup.Workup#panel}, LOINC codes LAB-01 to LAB-14), and the interpretation
 * of results and bedside signs into cited findings ({@link org.painpath.evaluation.workup.Workup#interpret}),
 * failing closed: a missing or implausible result or sign is named and nothing is concluded from it.
 */
@NullMarked
package org.painpath.evaluation.workup;

import org.jspecify.annotations.NullMarked;
