/**
 * Embedded sample cases, one per teaching point of the pathway (statin myalgia, reduced kidney function on a
 * gabapentinoid, depression with catastrophizing, escalation to multidisciplinary referral): plain case logs to
 * try the SDK on.
 */
@NullMarked
package org.painpath.pathway.samples;

import org.jspecify.annotations.NullMarked;
