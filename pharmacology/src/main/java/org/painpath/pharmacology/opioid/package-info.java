@NullMarked
package org.painpath.pharmacology.opioid;

import org.jspecify.annotations.NullMarked;
