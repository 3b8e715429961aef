@NullMarked
package org.painpath.pathway.command;

import org.jspecify.annotations.NullMarked;
