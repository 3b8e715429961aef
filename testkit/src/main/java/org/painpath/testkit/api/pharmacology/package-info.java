/**
 * jqwik arbitraries for the pharmacology module, built on the bundled drug pack: drug names by role
 * and class, regimens that are safe for a given patient and regimens that are deliberately unsafe
 * (above a ceiling, a therapeutic duplication), and titration schedules that pharmacology generated
 * or that break its pace on purpose. The hostile entry points ({@link
 * org.painpath.testkit.api.pharmacology.HostileRegimens}, {@link
 * org.painpath.testkit.api.pharmacology.HostilePatients}, {@link
 * org.painpath.testkit.api.pharmacology.HostileNames}) produce what real orders look like instead: one drug
 * split across items and formulations, coinciding and closely spaced times, every frequency, mixed
 * units, contradictory or missing kidney data, opioids, and names in disguise; they decide nothing
 * about safety, so a property judges them with its own oracle.
 */
@NullMarked
package org.painpath.testkit.api.pharmacology;

import org.jspecify.annotations.NullMarked;
