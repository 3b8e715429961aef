@NullMarked
package org.painpath.pathway.internal.engine;

import org.jspecify.annotations.NullMarked;
