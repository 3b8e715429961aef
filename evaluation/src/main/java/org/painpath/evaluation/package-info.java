/**
 * Evaluation of muscle pain that has not responded to conservative care: work-up, statin-associated
 * muscle symptoms, red flags, outcome measures, psychosocial profile and follow-up. Every clinical
 * number is cited ({@link org.painpath.evaluation.ReferenceFacts}); decisions are in
 * docs/clinical-decisions.md. Does not depend on pharmacology.
 */
@NullMarked
package org.painpath.evaluation;

import org.jspecify.annotations.NullMarked;
