@NullMarked
package org.painpath.pathway.samples;

import org.jspecify.annotations.NullMarked;
