@NullMarked
package org.painpath.pathway.internal.statin;

import org.jspecify.annotations.NullMarked;
