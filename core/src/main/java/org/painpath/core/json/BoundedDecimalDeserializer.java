package org.painpath.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.Inputs;

/**
 * Every decimal painpath reads from JSON is bounded ({@link Inputs#bounded}: 20 significant digits, a
 * decimal exponent within +-6) as it is read, before any value type does arithmetic on it; the
 * problem is placed at the field's JSON path.
 */
final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

  private static final long serialVersionUID = 1L;

  @Override
  public @Nullable BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    BigDecimal value = super.deserialize(p, ctxt);
    return value == null ? null : Inputs.bounded(value, "$");
  }
}
