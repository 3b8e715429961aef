@NullMarked
package org.painpath.pathway.decide;

import org.jspecify.annotations.NullMarked;
