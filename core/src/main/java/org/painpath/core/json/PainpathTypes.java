package org.painpath.core.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.MonthDay;
import java.time.temporal.Temporal;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * Which declared types painpath's JSON settings apply to, shared by {@link PainpathModule} (Jackson
 * 2) and the painpath-jackson3 adapter so both pin the same shape. For those adapters, not for
 * applications.
 */
@API(status = EXPERIMENTAL)
public final class PainpathTypes {

  private PainpathTypes() {}

  /**
   * A class of painpath (its settings apply to its properties); the host's own classes are left alone.
   *
   * @param type a declared class, or null
   * @return true when the class is in an {@code org.painpath} package
   */
  public static boolean isPainpath(@Nullable Class<?> type) {
    return type != null && type.getName().startsWith("org.painpath.");
  }

  /**
   * A date or time that a mapper writes as numbers under {@code WRITE_DATES_AS_TIMESTAMPS}; painpath
   * writes it as an ISO-8601 string. Durations and periods are amounts (their own feature): not these.
   *
   * @param type a declared class
   * @return true for a {@code Temporal} (dates, times, instants) or a {@code MonthDay}
   */
  public static boolean isPointInTime(Class<?> type) {

    return Temporal.class.isAssignableFrom(type) || type.equals(MonthDay.class);
  }
}
