@NullMarked
package org.painpath.pharmacology.internal.pack;

import org.jspecify.annotations.NullMarked;
