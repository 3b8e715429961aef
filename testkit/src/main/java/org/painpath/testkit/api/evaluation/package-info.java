/**
 * jqwik arbitraries for the evaluation module: instrument answer sets (valid, and invalid in each
 * way the scorer must reject), laboratory results and panels crowding the reference limits, and any
 * mix of recorded bedside signs.
 */
@NullMarked
package org.painpath.testkit.api.evaluation;

import org.jspecify.annotations.NullMarked;
