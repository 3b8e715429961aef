@NullMarked
package org.painpath.core.style;

import org.jspecify.annotations.NullMarked;
