@NullMarked
package org.painpath.pathway.policy;

import org.jspecify.annotations.NullMarked;
