package org.painpath.jackson3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.Inputs;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;

/**
 * Every decimal of a painpath value is bounded as it is read ({@link Inputs#bounded}: 20 significant
 * digits, a decimal exponent within +-6), before any value type does arithmetic on it.
 */
final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

  /** Stateless: one instance, handed to Jackson as an instance so it never reflects into this module. */
  static final BoundedDecimalDeserializer INSTANCE = new BoundedDecimalDeserializer();

  private BoundedDecimalDeserializer() {}

  @Override
  public @Nullable BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
    BigDecimal value = super.deserialize(p, ctxt);
    return value == null ? null : Inputs.bounded(value, "$");
  }
}
