/**
 * How painpath values are built: {@link org.painpath.core.style.PainpathStyle}, the one Immutables style
 * (package-private implementations, problems naming the field instead of bare exceptions) and small helpers
 * that keep a value's JSON the same bytes on every run.
 */
@NullMarked
package org.painpath.core.style;

import org.jspecify.annotations.NullMarked;
