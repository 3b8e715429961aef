@NullMarked
package org.painpath.pathway.workup;

import org.jspecify.annotations.NullMarked;
