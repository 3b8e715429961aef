package org.painpath.pathway.plan;

import java.util.List;

/**
 * The steps and pitfalls that need pharmacology: tapers, drug candidates and the opioid warning.
 * Kept apart so the rest of the recommender reads without the drug knowledge.
 */
public interface DrugSteps {

  List<? extends NextStep> steps();

  List<? extends Pitfall> pitfalls();
}
