@NullMarked
package org.painpath.pathway.internal.cause;

import org.jspecify.annotations.NullMarked;
