/**
 * Exact amounts: {@link org.painpath.core.quantity.Quantity} (a non-negative {@code BigDecimal} with a UCUM
 * unit), and the two types a dose check must never mix up, {@link org.painpath.core.quantity.Dose} (one
 * administration) and {@link org.painpath.core.quantity.DailyDose} (the total over a day). No arithmetic passes
 * through {@code double}; conversions are exact powers of ten, and quantities of different dimensions are
 * refused rather than compared.
 */
@NullMarked
package org.painpath.core.quantity;

import org.jspecify.annotations.NullMarked;
