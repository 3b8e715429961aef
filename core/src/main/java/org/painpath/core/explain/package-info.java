@NullMarked
package org.painpath.core.explain;

import org.jspecify.annotations.NullMarked;
