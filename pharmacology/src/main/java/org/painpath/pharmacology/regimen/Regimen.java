package org.painpath.pharmacology.regimen;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

import org.painpath.pharmacology.drug.Indication;
import org.apiguardian.api.API;
/**
 * A proposed regimen: every drug the patient would take from the pack, and the indication when a
 * label ceiling depends on it (pregabalin). Without an indication the general ceiling applies ({@link
 * Indication#OTHER}). The same drug may appear more than once (uneven doses over a day); its items are
 * added up.
 *
 * @param items the items, at most {@link #MAX_ITEMS}; the same drug may appear more than once
 * @param indication the indication the ceilings are for
 */
@API(status = STABLE)
public record Regimen(List<RegimenItem> items, Indication indication) {

  /** More items than any real order holds; a bound on what one check can cost (issue 12). */
  public static final int MAX_ITEMS = 50;

  /**
   * Validates the components.
   *
   * @param items the items, at most {@link #MAX_ITEMS}; the same drug may appear more than once
   * @param indication the indication the ceilings are for
   * @throws org.painpath.core.problem.InvalidInputException naming {@code items} when missing, null-containing
   *     or too many
   */
  public Regimen {
    if (items == null) {
      throw org.painpath.core.problem.InvalidInputException.of("items", "required", "a regimen lists its items");
    }
    if (items.size() > MAX_ITEMS) {
      throw org.painpath.core.problem.InvalidInputException.of(
          "items", "too-many-items", "a regimen holds at most " + MAX_ITEMS + " items, was " + items.size());
    }
    if (items.stream().anyMatch(java.util.Objects::isNull)) { // List.of(...).contains(null) would throw
      throw org.painpath.core.problem.InvalidInputException.of("items", "required", "a regimen item must not be null");
    }
    items = List.copyOf(items);
  }

  /**
   * A regimen for the general indication ({@link Indication#OTHER}).
   *
   * @param items the items
   */
  public Regimen(List<RegimenItem> items) {
    this(items, Indication.OTHER);
  }

  @JsonCreator
  static Regimen fromJson(
      @JsonProperty("items") List<RegimenItem> items, @JsonProperty("indication") @Nullable Indication indication) {
    return new Regimen(items, indication == null ? Indication.OTHER : indication);
  }

  /**
   * A regimen of these items, for the general indication.
   *
   * @param items the items
   * @return the regimen
   */
  public static Regimen of(RegimenItem... items) {
    return new Regimen(List.of(items));
  }

  /**
   * This regimen with one more item.
   *
   * @param item the item to add
   * @return the larger regimen
   */
  public Regimen plus(RegimenItem item) {
    List<RegimenItem> more = new ArrayList<>(items);
    more.add(item);
    return new Regimen(more, indication);
  }

  /**
   * The same items for another indication.
   *
   * @param newIndication the indication
   * @return the regimen
   */
  public Regimen withIndication(Indication newIndication) {
    return new Regimen(items, newIndication);
  }
}
