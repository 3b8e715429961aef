/** Generators of painpath's public values for JSON (serialisation) properties. */
@NullMarked
package org.painpath.testkit.api.json;

import org.jspecify.annotations.NullMarked;
