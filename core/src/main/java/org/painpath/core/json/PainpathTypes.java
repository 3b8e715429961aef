package org.painpath.core.json;

import com.fasterxml.jackson.databind.JavaType;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.temporal.Temporal;
import org.jspecify.annotations.Nullable;

/** Which declared types the painpath JSON settings apply to. */
final class PainpathTypes {

  private PainpathTypes() {}

  static boolean isPainpath(@Nullable Class<?> type) {
    return type != null && type.getName().startsWith("org.painpath.");
  }

  /**
   * A date or time (or an optional, list or map of them) that a mapper writes as numbers under
   * {@code WRITE_DATES_AS_TIMESTAMPS}. Durations and periods are amounts (their own feature): left alone.
   */
  static boolean holdsTimestampType(JavaType type) {
    for (JavaType t = type; t != null; t = t.getContentType()) {
      Class<?> raw = t.getRawClass();
      if (Temporal.class.isAssignableFrom(raw) || raw.equals(MonthDay.class)) {
        return true;
      }
    }
    return false;
  }

  /** An optional, list or map whose values are decimals. */
  static boolean contentIsDecimal(JavaType type) {
    JavaType content = type.getContentType();
    return content != null && content.hasRawClass(BigDecimal.class);
  }
}
