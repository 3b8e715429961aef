@NullMarked
package org.painpath.pharmacology.pack;

import org.jspecify.annotations.NullMarked;
