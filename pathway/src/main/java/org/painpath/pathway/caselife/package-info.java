@NullMarked
package org.painpath.pathway.caselife;

import org.jspecify.annotations.NullMarked;
