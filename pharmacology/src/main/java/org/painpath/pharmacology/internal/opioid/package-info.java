@NullMarked
package org.painpath.pharmacology.internal.opioid;

import org.jspecify.annotations.NullMarked;
