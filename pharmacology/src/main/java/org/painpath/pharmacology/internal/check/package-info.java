@NullMarked
package org.painpath.pharmacology.internal.check;

import org.jspecify.annotations.NullMarked;
