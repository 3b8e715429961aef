@NullMarked
package org.painpath.evaluation.followup;

import org.jspecify.annotations.NullMarked;
