@NullMarked
package org.painpath.core.json;

import org.jspecify.annotations.NullMarked;
