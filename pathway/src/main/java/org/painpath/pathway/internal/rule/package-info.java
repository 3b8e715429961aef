@NullMarked
package org.painpath.pathway.internal.rule;

import org.jspecify.annotations.NullMarked;
