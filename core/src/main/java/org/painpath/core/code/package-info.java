@NullMarked
package org.painpath.core.code;

import org.jspecify.annotations.NullMarked;
