@NullMarked
package org.painpath.pharmacology;

import org.jspecify.annotations.NullMarked;
