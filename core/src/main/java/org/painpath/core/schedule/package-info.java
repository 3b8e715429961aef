@NullMarked
package org.painpath.core.schedule;

import org.jspecify.annotations.NullMarked;
