/**
 * Citations: where each number and rule comes from. A {@link org.painpath.core.citation.Citation} names the
 * clinical reference's fact id (e.g. {@code GAB-R2}), the sources behind it and how well it is verified;
 * {@link org.painpath.core.citation.SourceCatalogue} resolves the source ids to titles. Every finding, limit
 * and plan step the SDK returns carries the citations it rests on, so a clinician can check an answer against
 * the literature.
 */
@NullMarked
package org.painpath.core.citation;

import org.jspecify.annotations.NullMarked;
