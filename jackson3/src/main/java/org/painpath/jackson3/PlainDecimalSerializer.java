package org.painpath.jackson3;

import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdScalarSerializer;
import tools.jackson.databind.util.TokenBuffer;

/** A decimal as its plain digits ({@code 1000}, never {@code 1E+3}), whatever the generator's features. */
final class PlainDecimalSerializer extends StdScalarSerializer<BigDecimal> {

  static final PlainDecimalSerializer INSTANCE = new PlainDecimalSerializer();

  private PlainDecimalSerializer() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext context) {
    if (gen instanceof TokenBuffer) {
      // into a tree (valueToTree, convertValue): keep the decimal itself, not its digits as text
      gen.writeNumber(value);
    } else {
      gen.writeNumber(value.toPlainString());
    }
  }
}
