@NullMarked
package org.painpath.pathway.internal.workup;

import org.jspecify.annotations.NullMarked;
