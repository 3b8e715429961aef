@NullMarked
package org.painpath.pharmacology.interaction;

import org.jspecify.annotations.NullMarked;
