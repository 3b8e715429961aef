@NullMarked
package org.painpath.pharmacology.limits;

import org.jspecify.annotations.NullMarked;
