@NullMarked
package org.painpath.pathway.internal.trial;

import org.jspecify.annotations.NullMarked;
