/**
 * A regimen as the patient takes it: each item expanded into administrations (day, clock time, amount)
 * over one full cycle of the schedule, the standard clock times of each frequency, and which
 * administrations count as one because they fall together.
 */
@NullMarked
package org.painpath.pharmacology.internal.schedule;

import org.jspecify.annotations.NullMarked;
