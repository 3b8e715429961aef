package org.painpath.pharmacology.pack;

import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;

/** An RxNorm ingredient code from the pack, cited (reference section 6.1). */
public record CitedCode(String code, String display, Citation citation) {

  public Code asCode() {
    return Code.rxNorm(code, display);
  }
}
