@NullMarked
package org.painpath.pharmacology.drug;

import org.jspecify.annotations.NullMarked;
