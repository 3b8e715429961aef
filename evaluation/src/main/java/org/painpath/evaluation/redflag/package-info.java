@NullMarked
package org.painpath.evaluation.redflag;

import org.jspecify.annotations.NullMarked;
