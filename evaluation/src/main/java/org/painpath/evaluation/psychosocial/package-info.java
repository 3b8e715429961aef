@NullMarked
package org.painpath.evaluation.psychosocial;

import org.jspecify.annotations.NullMarked;
