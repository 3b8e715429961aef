@NullMarked
package org.painpath.core.citation;

import org.jspecify.annotations.NullMarked;
