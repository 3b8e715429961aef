@NullMarked
package org.painpath.pathway.opioid;

import org.jspecify.annotations.NullMarked;
