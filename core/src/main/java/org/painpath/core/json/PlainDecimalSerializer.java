package org.painpath.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigDecimal;

/** A decimal as its plain digits ({@code 1000}, never {@code 1E+3}), whatever the generator's features. */
final class PlainDecimalSerializer extends StdScalarSerializer<BigDecimal> {

  private static final long serialVersionUID = 1L;

  static final PlainDecimalSerializer INSTANCE = new PlainDecimalSerializer();

  private PlainDecimalSerializer() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (gen instanceof TokenBuffer) {
      // into a tree (valueToTree, convertValue): keep the decimal itself, not its digits as text,
      // so a host without USE_BIG_DECIMAL_FOR_FLOATS never turns it into a double
      gen.writeNumber(value);
    } else {
      gen.writeNumber(value.toPlainString());
    }
  }
}
