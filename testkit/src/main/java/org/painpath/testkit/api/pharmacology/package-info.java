/**
 * jqwik arbitraries for the pharmacology module, built on the bundled drug pack: drug names by role
 * and class, regimens that are safe for a given patient and regimens that are deliberately unsafe
 * (above a ceiling, a therapeutic duplication), and titration schedules that pharmacology generated
 * or that break its pace on purpose.
 */
@NullMarked
package org.painpath.testkit.api.pharmacology;

import org.jspecify.annotations.NullMarked;
