@NullMarked
package org.painpath.evaluation.outcome;

import org.jspecify.annotations.NullMarked;
