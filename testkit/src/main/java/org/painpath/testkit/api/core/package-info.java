/**
 * jqwik generators for painpath's core vocabulary, for tests of code that uses painpath: static entry
 * points ({@link org.painpath.testkit.api.core.Patients}, {@link org.painpath.testkit.api.core.Doses},
 * {@link org.painpath.testkit.api.core.Quantities}, {@link org.painpath.testkit.api.core.Frequencies},
 * {@link org.painpath.testkit.api.core.Clearances}) that return {@code Arbitrary}s with the domain's
 * edge cases built in (renal band borders, age thresholds, extreme weights, dose ceilings). With
 * painpath-testkit on the test classpath, {@code @ForAll Patient}, {@code Dose}, {@code DailyDose},
 * {@code Quantity}, {@code Frequency}, {@code CreatinineClearance} and {@code SerumCreatinine} work
 * without any {@code @Provide} method. Generators for pharmacology, evaluation and pathway types live
 * in sibling packages ({@code org.painpath.testkit.api.pharmacology}, ...).
 */
@NullMarked
package org.painpath.testkit.api.core;

import org.jspecify.annotations.NullMarked;
