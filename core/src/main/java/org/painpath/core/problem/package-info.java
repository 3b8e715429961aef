/**
 * Bad input, reported as data. Every public entry point of the SDK rejects invalid input with an
 * {@link org.painpath.core.problem.InvalidInputException} that lists every
 * {@link org.painpath.core.problem.Problem} at once, each naming its field with a stable code; a null argument
 * is a problem with code {@code required} naming the parameter. A host shows {@code problems()}, never a stack
 * trace or a Java exception's text.
 */
@NullMarked
package org.painpath.core.problem;

import org.jspecify.annotations.NullMarked;
