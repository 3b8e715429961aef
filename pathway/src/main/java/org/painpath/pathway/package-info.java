@NullMarked
package org.painpath.pathway;

import org.jspecify.annotations.NullMarked;
