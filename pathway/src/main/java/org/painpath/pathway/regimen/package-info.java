@NullMarked
package org.painpath.pathway.regimen;

import org.jspecify.annotations.NullMarked;
