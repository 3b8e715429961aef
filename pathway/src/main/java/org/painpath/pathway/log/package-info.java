@NullMarked
package org.painpath.pathway.log;

import org.jspecify.annotations.NullMarked;
