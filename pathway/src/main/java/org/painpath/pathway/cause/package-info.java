@NullMarked
package org.painpath.pathway.cause;

import org.jspecify.annotations.NullMarked;
