@NullMarked
package org.painpath.pathway.state;

import org.jspecify.annotations.NullMarked;
