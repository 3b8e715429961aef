@NullMarked
package org.painpath.pathway.care;

import org.jspecify.annotations.NullMarked;
