/**
 * Runnable example programs: the SDK used the way an application uses it. Each class is small and has
 * a {@code main}; the tests run every one of them, so they cannot rot. {@link
 * org.painpath.examples.QuickStart} is the README's quick start, verbatim.
 */
@NullMarked
package org.painpath.examples;

import org.jspecify.annotations.NullMarked;
