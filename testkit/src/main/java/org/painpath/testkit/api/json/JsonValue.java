package org.painpath.testkit.api.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A public painpath value with the type to read it back as (a sealed or abstract type where the
 * value's class is an implementation: {@code PathwayEvent}, {@code Command}).
 *
 * @param value the value
 * @param type the type to read its JSON back as
 * @param <T> the type
 */
@API(status = EXPERIMENTAL)
public record JsonValue<T>(T value, Class<T> type) {

  /**
   * A value and the type to read it back as.
   *
   * @param value the value
   * @param type the type to read its JSON back as
   * @param <T> the type
   * @return the pair
   */
  public static <T> JsonValue<T> of(T value, Class<T> type) {
    return new JsonValue<>(value, type);
  }

  @Override
  public String toString() {
    return type.getSimpleName() + " " + value;
  }
}
