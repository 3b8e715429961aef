@NullMarked
package org.painpath.core.quantity;

import org.jspecify.annotations.NullMarked;
