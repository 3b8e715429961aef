@NullMarked
package org.painpath.pharmacology.internal.limits;

import org.jspecify.annotations.NullMarked;
