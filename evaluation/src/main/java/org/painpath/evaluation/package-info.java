@NullMarked
package org.painpath.evaluation;

import org.jspecify.annotations.NullMarked;
