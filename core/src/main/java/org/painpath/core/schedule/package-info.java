/**
 * When doses are given: {@link org.painpath.core.schedule.Frequency} (QD, BID, TID, Q48H, a patch's 12 h on/12
 * h off; exact administrations per day) and {@link org.painpath.core.schedule.DaySchedule} (a day's doses at
 * clock times, whose daily total is derived so it cannot disagree with them). Titration and taper plans are
 * built from these.
 */
@NullMarked
package org.painpath.core.schedule;

import org.jspecify.annotations.NullMarked;
