@NullMarked
package org.painpath.pharmacology.explain;

import org.jspecify.annotations.NullMarked;
