@NullMarked
package org.painpath.pharmacology.regimen;

import org.jspecify.annotations.NullMarked;
