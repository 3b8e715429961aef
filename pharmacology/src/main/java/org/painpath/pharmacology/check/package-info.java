@NullMarked
package org.painpath.pharmacology.check;

import org.jspecify.annotations.NullMarked;
