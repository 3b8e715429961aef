/**
 * Verdicts that explain themselves. A {@link org.painpath.core.explain.Finding} is one thing a check or a
 * plan found: a stable kebab-case code a program branches on, a {@link org.painpath.core.explain.Severity}
 * (INFO, MODERATE, MAJOR, BLOCKING), what it is about, the inputs and thresholds it used as typed {@link
 * org.painpath.core.explain.FindingValue}s (a daily dose, a creatinine clearance, a renal band), the
 * citations of the reference facts behind it, and a message for the clinician rendered from those values.
 * Every answer of the SDK that can refuse or warn (limits' reasons, regimen checks, titration notes, plan
 * warnings) is made of findings, and they read back from JSON equal to what was written.
 */
@NullMarked
package org.painpath.core.explain;

import org.jspecify.annotations.NullMarked;
