@NullMarked
package org.painpath.pharmacology.titration;

import org.jspecify.annotations.NullMarked;
