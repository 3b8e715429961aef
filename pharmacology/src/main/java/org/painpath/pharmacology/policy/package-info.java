@NullMarked
package org.painpath.pharmacology.policy;

import org.jspecify.annotations.NullMarked;
