@NullMarked
package org.painpath.pathway.internal.care;

import org.jspecify.annotations.NullMarked;
