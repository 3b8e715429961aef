@NullMarked
package org.painpath.pathway.internal.regimen;

import org.jspecify.annotations.NullMarked;
