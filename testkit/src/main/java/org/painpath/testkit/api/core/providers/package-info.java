/** jqwik {@code ArbitraryProvider}s that make {@code @ForAll} work for core types; found through {@code META-INF/services}. */
@NullMarked
package org.painpath.testkit.api.core.providers;

import org.jspecify.annotations.NullMarked;
