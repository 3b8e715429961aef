/** The psychosocial profile from screening scores (PIT-05): depression, anxiety, catastrophizing, fear-avoidance and self-harm risk. */
@NullMarked
package org.painpath.evaluation.psychosocial;

import org.jspecify.annotations.NullMarked;
