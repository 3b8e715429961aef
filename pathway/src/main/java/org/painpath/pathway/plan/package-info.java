@NullMarked
package org.painpath.pathway.plan;

import org.jspecify.annotations.NullMarked;
