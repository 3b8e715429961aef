@NullMarked
package org.painpath.pathway.statin;

import org.jspecify.annotations.NullMarked;
