@NullMarked
package org.painpath.pathway.trial;

import org.jspecify.annotations.NullMarked;
