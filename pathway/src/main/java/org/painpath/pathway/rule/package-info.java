@NullMarked
package org.painpath.pathway.rule;

import org.jspecify.annotations.NullMarked;
