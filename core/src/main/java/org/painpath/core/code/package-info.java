/**
 * Coded concepts: a {@link org.painpath.core.code.Code} in RxNorm, SNOMED CT, LOINC, ICD-10-CM or UCUM. The SDK
 * recognises drugs, conditions and lab tests by code first (by name only as a fallback), so a host that sends
 * the codes from its record gets exact matches.
 */
@NullMarked
package org.painpath.core.code;

import org.jspecify.annotations.NullMarked;
