/**
 * Generators of painpath's public values for JSON (serialisation) properties: {@link
 * org.painpath.testkit.api.json.JsonValues} yields each value with its declared type ({@link
 * org.painpath.testkit.api.json.JsonValue}), so a property can write it with a host's own mapper and
 * read it back as that type.
 */
@NullMarked
package org.painpath.testkit.api.json;

import org.jspecify.annotations.NullMarked;
