package org.painpath.testkit.api.json;

/**
 * A public painpath value with the type to read it back as (a sealed or abstract type where the
 * value's class is an implementation: {@code PathwayEvent}, {@code Command}).
 */
public record JsonValue<T>(T value, Class<T> type) {

  public static <T> JsonValue<T> of(T value, Class<T> type) {
    return new JsonValue<>(value, type);
  }

  @Override
  public String toString() {
    return type.getSimpleName() + " " + value;
  }
}
