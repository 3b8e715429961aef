@NullMarked
package org.painpath.pathway.intervention;

import org.jspecify.annotations.NullMarked;
