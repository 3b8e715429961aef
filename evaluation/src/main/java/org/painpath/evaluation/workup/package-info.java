/** The diagnostic work-up (reference 4): coded laboratory orders, and the interpretation of results and bedside signs into cited findings, failing closed on missing or implausible data. */
@NullMarked
package org.painpath.evaluation.workup;

import org.jspecify.annotations.NullMarked;
