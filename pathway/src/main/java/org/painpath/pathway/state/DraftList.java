package org.painpath.pathway.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One list of a {@link CaseDraft}: the state's own (immutable) list until the first change, then a
 * private copy changed in place, so a replay copies each list once rather than once per event. Readers
 * get an unmodifiable view.
 */
final class DraftList<T> {

  private List<T> view;
  private @Nullable List<T> own;

  DraftList(List<T> initial) {
    this.view = initial;
  }

  List<T> view() {
    return view;
  }

  void add(T item) {
    owned().add(item);
  }

  void addAll(List<? extends T> items) {
    owned().addAll(items);
  }

  void removeIf(Predicate<? super T> which) {
    owned().removeIf(which);
  }

  /** Replaces the first element that matches; callers have checked that one does. */
  void replaceFirst(Predicate<? super T> which, UnaryOperator<T> change) {
    List<T> list = owned();
    for (int i = 0; i < list.size(); i++) {
      if (which.test(list.get(i))) {
        list.set(i, change.apply(list.get(i)));
        return;
      }
    }
    throw new IllegalStateException("replaceFirst called without a match; callers check first");
  }

  private List<T> owned() {
    List<T> list = own;
    if (list == null) {
      list = new ArrayList<>(view);
      own = list;
      view = Collections.unmodifiableList(list);
    }
    return list;
  }
}
