@NullMarked
package org.painpath.pathway.engine;

import org.jspecify.annotations.NullMarked;
