@NullMarked
package org.painpath.pharmacology.internal.titration;

import org.jspecify.annotations.NullMarked;
