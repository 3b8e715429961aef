@NullMarked
package org.painpath.pharmacology.internal.interaction;

import org.jspecify.annotations.NullMarked;
