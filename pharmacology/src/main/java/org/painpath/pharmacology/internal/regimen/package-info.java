@NullMarked
package org.painpath.pharmacology.internal.regimen;

import org.jspecify.annotations.NullMarked;
