@NullMarked
package org.painpath.evaluation.workup;

import org.jspecify.annotations.NullMarked;
