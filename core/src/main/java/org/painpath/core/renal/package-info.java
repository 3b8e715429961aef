@NullMarked
package org.painpath.core.renal;

import org.jspecify.annotations.NullMarked;
