@NullMarked
package org.painpath.evaluation.statin;

import org.jspecify.annotations.NullMarked;
