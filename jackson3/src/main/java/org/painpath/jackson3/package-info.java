/**
 * painpath's JSON shape for Jackson 3 ({@code tools.jackson}) host mappers: register {@link
 * org.painpath.jackson3.PainpathJackson3Module} on the host's {@code JsonMapper}.
 */
@NullMarked
package org.painpath.jackson3;

import org.jspecify.annotations.NullMarked;
