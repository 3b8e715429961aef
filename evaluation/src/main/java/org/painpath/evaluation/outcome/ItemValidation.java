package org.painpath.evaluation.outcome;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.Problems;

/**
 * Checks one administration's answers against the instrument before anything is scored, and names
 * every bad item at once ({@code items[3]} is the fourth item) so the person entering them can fix all
 * in one go. A score is never computed from a partly wrong answer set.
 */
final class ItemValidation {

  private ItemValidation() {}

  static List<@Nullable Integer> validate(Instrument instrument, @Nullable List<? extends @Nullable Integer> items) {
    Problems.Collector problems = Problems.collector();
    if (items == null) {
      problems.add("items", "required", instrument.label() + " needs its " + instrument.itemCount() + " item answers");
      problems.throwIfAny();
      return List.of();
    }
    if (items.size() != instrument.itemCount()) {
      problems.add(
          "items",
          "wrong-item-count",
          instrument.label() + " has " + instrument.itemCount() + " items, " + items.size() + " were given");
    }
    int missing = 0;
    for (int i = 0; i < items.size(); i++) {
      Integer answer = items.get(i);
      String field = "items[" + i + "]";
      if (answer == null) {
        missing++;
        if (instrument.maxMissingItems() == 0) {
          problems.add(field, "unanswered", "item " + (i + 1) + " of " + instrument.label() + " must be answered");
        }
      } else if (answer < instrument.itemMinimum() || answer > instrument.itemMaximum()) {
        problems.add(
            field,
            "out-of-range",
            "item " + (i + 1) + " of " + instrument.label() + " must be " + instrument.itemMinimum() + "-"
                + instrument.itemMaximum() + ", was " + answer);
      }
    }
    if (instrument.maxMissingItems() > 0 && missing > instrument.maxMissingItems()) {
      problems.add(
          "items",
          "too-many-unanswered",
          missing + " of " + instrument.label() + "'s " + instrument.itemCount() + " items are unanswered; at most "
              + instrument.maxMissingItems() + " may be");
    }
    problems.throwIfAny();
    return Collections.unmodifiableList(new ArrayList<@Nullable Integer>(items));
  }
}
