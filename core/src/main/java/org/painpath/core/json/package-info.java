/**
 * painpath's JSON. {@link org.painpath.core.json.PainpathJson} reads strictly (unknown fields, trailing
 * tokens and oversized documents are problems naming the JSON path) and writes painpath values in one
 * canonical shape (exact decimals, ISO-8601 dates, declared property order); {@link
 * org.painpath.core.json.PainpathModule} gives a host's own Jackson 2 mapper the same shape, byte for
 * byte. {@link org.painpath.core.json.PainpathTypes} is shared with the Jackson 3 adapter
 * ({@code painpath-jackson3}) so both pin the same types.
 */
@NullMarked
package org.painpath.core.json;

import org.jspecify.annotations.NullMarked;
