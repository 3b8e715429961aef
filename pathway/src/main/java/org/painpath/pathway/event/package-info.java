@NullMarked
package org.painpath.pathway.event;

import org.jspecify.annotations.NullMarked;
