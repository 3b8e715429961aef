@NullMarked
package org.painpath.pathway.internal.opioid;

import org.jspecify.annotations.NullMarked;
