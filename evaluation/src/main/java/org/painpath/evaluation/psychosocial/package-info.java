/**
 * The psychosocial profile from screening scores (PIT-05): depression (PHQ-9), anxiety (GAD-7),
 * catastrophizing (PCS), fear-avoidance (TSK-17) and self-harm risk (PHQ-9 item 9, same-day, OUT-08).
 * {@link org.painpath.evaluation.psychosocial.PsychosocialProfile#from} reports an instrument that was
 * not given as not screened, never as clear.
 */
@NullMarked
package org.painpath.evaluation.psychosocial;

import org.jspecify.annotations.NullMarked;
