@NullMarked
package org.painpath.core.patient;

import org.jspecify.annotations.NullMarked;
