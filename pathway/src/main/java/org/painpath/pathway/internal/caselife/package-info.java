@NullMarked
package org.painpath.pathway.internal.caselife;

import org.jspecify.annotations.NullMarked;
