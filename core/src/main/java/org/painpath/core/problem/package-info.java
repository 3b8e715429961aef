@NullMarked
package org.painpath.core.problem;

import org.jspecify.annotations.NullMarked;
