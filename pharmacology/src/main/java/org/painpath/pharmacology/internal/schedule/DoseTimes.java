package org.painpath.pharmacology.internal.schedule;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.schedule.Frequency;

/**
 * Clock times for a day's administrations (DESIGN, PHARM-D05), the one home of standard times for
 * titration and the regimen check: once daily in the morning, at bedtime for QHS; twice daily 08:00 and
 * 20:00 (12 h apart, which also keeps bupropion SR's 8 hours, BUP-01); three times daily 08:00, 14:00,
 * 22:00 (no gap above 12 h, GAB-10); four times daily 08:00 to 20:00 every 4 h; every N hours from
 * 08:00. A patch period (12H-ON-12H-OFF) and every other day are one administration in the morning.
 */
public final class DoseTimes {

  private static final LocalTime MORNING = LocalTime.of(8, 0);
  private static final LocalTime BEDTIME = LocalTime.of(22, 0);

  private DoseTimes() {}

  /** The standard times of every administration of one administration day of {@code frequency}. */
  public static List<LocalTime> of(Frequency frequency) {
    return of(frequency, frequency.administrations());
  }

  /** The standard times for {@code administrations} doses at {@code frequency} (titration may give fewer). */
  public static List<LocalTime> of(Frequency frequency, int administrations) {
    String code = frequency.code();
    if (administrations == 1) {
      return List.of(code.equals(Frequency.AT_BEDTIME.code()) ? BEDTIME : MORNING);
    }
    if (code.matches("Q[0-9]+H")) {
      return evenlyFromMorning(administrations, 24 * 60 / administrations);
    }
    return switch (administrations) {
      case 2 -> List.of(MORNING, LocalTime.of(20, 0));
      case 3 -> List.of(MORNING, LocalTime.of(14, 0), BEDTIME);
      case 4 -> List.of(MORNING, LocalTime.of(12, 0), LocalTime.of(16, 0), LocalTime.of(20, 0));
      default -> evenlyFromMorning(administrations, 24 * 60 / administrations);
    };
  }

  private static List<LocalTime> evenlyFromMorning(int administrations, int minutesApart) {
    List<LocalTime> times = new ArrayList<>();
    for (int i = 0; i < administrations; i++) {
      times.add(MORNING.plusMinutes((long) i * minutesApart));
    }
    return times;
  }
}
