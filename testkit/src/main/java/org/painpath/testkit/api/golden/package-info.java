/**
 * Golden files: outputs recorded once and compared byte for byte afterwards, the safety net for a
 * change of structure that must not change behaviour ({@link org.painpath.testkit.api.golden.GoldenFile}).
 */
@NullMarked
package org.painpath.testkit.api.golden;

import org.jspecify.annotations.NullMarked;
