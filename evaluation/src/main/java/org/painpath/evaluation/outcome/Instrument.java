package org.painpath.evaluation.outcome;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.OUT_01;
import static org.painpath.evaluation.ReferenceFacts.OUT_05;
import static org.painpath.evaluation.ReferenceFacts.OUT_06;
import static org.painpath.evaluation.ReferenceFacts.OUT_07;
import static org.painpath.evaluation.ReferenceFacts.OUT_08;
import static org.painpath.evaluation.ReferenceFacts.OUT_09;
import static org.painpath.evaluation.ReferenceFacts.OUT_10;
import static org.painpath.evaluation.ReferenceFacts.OUT_11;
import static org.painpath.evaluation.ReferenceFacts.OUT_12;
import static org.painpath.evaluation.ReferenceFacts.designOn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.InvalidInputException;
import org.apiguardian.api.API;

/**
 * The validated outcome measures of the pathway (reference section 5). For every one of them a higher
 * score is worse, so improvement is baseline minus follow-up. Each knows its items, their range, its
 * scoring, its severity bands and the facts behind them.
 *
 * <p>LOINC: the clinical reference lists LOINC codes for laboratory tests only (section 4.1), not for
 * these instruments, so {@link #loinc()} is empty rather than a code from memory (see
 * docs/clinical-decisions.md).
 */
@API(status = EXPERIMENTAL)
public enum Instrument {
  /** 0-10 numerical rating scale of pain intensity (OUT-01); banded like the PEG (OUT-06, DESIGN). */
  NRS("NRS", "Pain intensity, 0-10 numerical rating scale", 1, 0, 10, Set.of(), Scoring.SUM, 0, 0,
      BandScale.of(designOn(OUT_06), Band.from("mild", "0"), Band.from("moderate", "4"), Band.from("severe", "7")),
      OUT_01),
  /** Pain, Enjoyment of life, General activity: mean of three 0-10 items (OUT-05), bands OUT-06. */
  PEG("PEG-3", "PEG (pain, enjoyment, general activity)", 3, 0, 10, Set.of(), Scoring.MEAN, 2, 0,
      BandScale.of(OUT_06, Band.from("mild", "0"), Band.from("moderate", "4"), Band.from("severe", "7")),
      OUT_05),
  /** BPI short form severity: mean of worst, least, average, now (OUT-07); banded like the PEG (DESIGN). */
  BPI_SEVERITY("BPI-severity", "Brief Pain Inventory (short form), pain severity", 4, 0, 10, Set.of(), Scoring.MEAN, 2, 0,
      BandScale.of(designOn(OUT_06), Band.from("mild", "0"), Band.from("moderate", "4"), Band.from("severe", "7")),
      OUT_07),
  /**
   * BPI short form interference: mean of general activity, mood, walking ability, normal work,
   * relations with other people, sleep, enjoyment of life (OUT-07); banded like the PEG (DESIGN).
   */
  BPI_INTERFERENCE("BPI-interference", "Brief Pain Inventory (short form), pain interference", 7, 0, 10, Set.of(),
      Scoring.MEAN, 2, 0,
      BandScale.of(designOn(OUT_06), Band.from("mild", "0"), Band.from("moderate", "4"), Band.from("severe", "7")),
      OUT_07),
  /** PHQ-9: nine items 0-3, total 0-27, cut points 5, 10, 15, 20 (OUT-08). */
  PHQ9("PHQ-9", "Patient Health Questionnaire-9 (depression)", 9, 0, 3, Set.of(), Scoring.SUM, 0, 0,
      BandScale.of(OUT_08, Band.from("minimal", "0"), Band.from("mild", "5"), Band.from("moderate", "10"),
          Band.from("moderately severe", "15"), Band.from("severe", "20")),
      OUT_08),
  /** GAD-7: seven items 0-3, total 0-21, bands 0-4, 5-9, 10-14, 15-21 (OUT-09). */
  GAD7("GAD-7", "Generalized Anxiety Disorder-7", 7, 0, 3, Set.of(), Scoring.SUM, 0, 0,
      BandScale.of(OUT_09, Band.from("minimal", "0"), Band.from("mild", "5"), Band.from("moderate", "10"),
          Band.from("severe", "15")),
      OUT_09),
  /** Pain Catastrophizing Scale: 13 items 0-4, total 0-52; 30 or more is clinically relevant (OUT-10). */
  PCS("PCS", "Pain Catastrophizing Scale", 13, 0, 4, Set.of(), Scoring.SUM, 0, 0,
      BandScale.of(OUT_10, Band.from("below clinical level", "0"), Band.from("clinically relevant catastrophizing", "30")),
      OUT_10),
  /** Tampa Scale of Kinesiophobia: 17 items 1-4, items 4, 8, 12, 16 reversed, total 17-68, > 37 high (OUT-12). */
  TSK17("TSK-17", "Tampa Scale for Kinesiophobia (17 items)", 17, 1, 4, Set.of(4, 8, 12, 16), Scoring.SUM, 0, 0,
      BandScale.of(OUT_12, Band.from("not high", "17"), Band.above("high kinesiophobia", "37")),
      OUT_12),
  /**
   * Oswestry Disability Index: ten sections 0-5, index = sum / (5 x sections answered) x 100 (OUT-11);
   * up to two sections may be left unanswered (DESIGN). Band edges as printed (0-20, 21-40 ...) leave
   * gaps for fractional indices; a band here starts just above the previous band's upper edge (DESIGN).
   */
  ODI("ODI", "Oswestry Disability Index", 10, 0, 5, Set.of(), Scoring.PERCENT_OF_ANSWERED, 1, 2,
      BandScale.of(designOn(OUT_11), Band.from("minimal disability", "0"), Band.above("moderate disability", "20"),
          Band.above("severe disability", "40"), Band.above("crippled", "60"),
          Band.above("bed-bound or exaggerating", "80")),
      OUT_11);

  private final String label;
  private final String title;
  private final int itemCount;
  private final int itemMinimum;
  private final int itemMaximum;
  /** 1-based item numbers scored as (minimum + maximum - answer). */
  private final Set<Integer> reversedItems;

  private final Scoring scoring;
  private final int displayScale;
  private final int maxMissingItems;
  private final BandScale bands;
  private final Citation citation;

  Instrument(String label, String title, int itemCount, int itemMinimum, int itemMaximum, Set<Integer> reversedItems,
      Scoring scoring, int displayScale, int maxMissingItems, BandScale bands, Citation citation) {
    this.label = label;
    this.title = title;
    this.itemCount = itemCount;
    this.itemMinimum = itemMinimum;
    this.itemMaximum = itemMaximum;
    this.reversedItems = reversedItems;
    this.scoring = scoring;
    this.displayScale = displayScale;
    this.maxMissingItems = maxMissingItems;
    this.bands = bands;
    this.citation = citation;
  }

  /**
   * The instrument a person or a command line names: case, spaces, hyphens and underscores are
   * ignored, so {@code phq9}, {@code PHQ-9} and {@code phq_9} are the same. Unknown names fail with
   * the list of known ones.
   *
   * @param name the instrument's name, label or short form
   * @return the instrument
   * @throws InvalidInputException if the name is null ({@code required}) or unknown
   *     ({@code unknown-instrument}, listing the known ones)
   */
  @JsonCreator
  public static Instrument parse(String name) {
    Inputs.required(name, "name");
    Instrument found = ByName.INSTRUMENTS.get(normalise(name));
    if (found == null) {
      throw InvalidInputException.of(
          "instrument",
          "unknown-instrument",
          "\"" + name + "\" is not a known instrument; known: "
              + Arrays.stream(values()).map(Instrument::label).toList());
    }
    return found;
  }

  /**
   * Lower case without whitespace, underscores and hyphens. A plain loop: parsing runs for every
   * outcome read or recorded, and a regular expression here compiled a pattern per call (issue 7).
   */
  private static String normalise(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (!isIgnoredInNames(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /** What the former pattern {@code [\s_\-]} matched: the ASCII whitespace of {@code \s}, underscore, hyphen. */
  private static boolean isIgnoredInNames(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '_' || c == '-';
  }

  /** Normalised enum names and labels (the first instrument in order wins), plus the short forms. */
  private static final class ByName {
    static final Map<String, Instrument> INSTRUMENTS = index();

    private static Map<String, Instrument> index() {
      Map<String, Instrument> byName = new HashMap<>();
      for (Instrument i : values()) {
        byName.putIfAbsent(normalise(i.name()), i);
        byName.putIfAbsent(normalise(i.label), i);
      }
      byName.putIfAbsent("tsk", TSK17);
      byName.putIfAbsent("peg", PEG);
      return Map.copyOf(byName);
    }
  }

  /**
   * The short name clinicians write, e.g. {@code PHQ-9}.
   *
   * @return the label, also the instrument's JSON form
   */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * The full name, e.g. {@code Patient Health Questionnaire-9 (depression)}.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Not given by the clinical reference for any instrument; see the class comment.
   *
   * @return always empty
   */
  public Optional<Code> loinc() {
    return Optional.empty();
  }

  /**
   * How many items (questions or sections) one administration has.
   *
   * @return the number of items
   */
  public int itemCount() {
    return itemCount;
  }

  /**
   * The lowest answer an item accepts (0, or 1 for the TSK-17).
   *
   * @return the lowest item answer
   */
  public int itemMinimum() {
    return itemMinimum;
  }

  /**
   * The highest answer an item accepts (e.g. 3 for the PHQ-9, 10 for the PEG).
   *
   * @return the highest item answer
   */
  public int itemMaximum() {
    return itemMaximum;
  }

  /**
   * 1-based numbers of the reverse-scored items (TSK-17: 4, 8, 12, 16).
   *
   * @return the reversed item numbers; empty for most instruments
   */
  public Set<Integer> reversedItems() {
    return reversedItems;
  }

  /**
   * Whether an item is reverse-scored (counted as minimum + maximum - answer).
   *
   * @param itemNumber the 1-based item number
   * @return {@code true} for the reversed TSK-17 items
   */
  public boolean isReversed(int itemNumber) {
    return reversedItems.contains(itemNumber);
  }

  /**
   * How many items may be left unanswered (only the ODI allows any).
   *
   * @return the number of items that may be unanswered (2 for the ODI, 0 otherwise)
   */
  public int maxMissingItems() {
    return maxMissingItems;
  }

  /**
   * Lowest possible total.
   *
   * @return the lowest total (item minimum times items for sums; the item minimum for means and 0 for the ODI
   *     index)
   */
  public BigDecimal minimumTotal() {
    return scoring == Scoring.SUM ? BigDecimal.valueOf((long) itemMinimum * itemCount) : BigDecimal.valueOf(itemMinimum);
  }

  /**
   * Highest possible total (100 for the ODI index).
   *
   * @return the highest total
   */
  public BigDecimal maximumTotal() {
    switch (scoring) {
      case SUM:
        return BigDecimal.valueOf((long) itemMaximum * itemCount);
      case PERCENT_OF_ANSWERED:
        return BigDecimal.valueOf(100);
      case MEAN:
      default:
        return BigDecimal.valueOf(itemMaximum);
    }
  }

  /**
   * Whether every total is a whole number (sums), so a decimal total given by hand is a typing error.
   *
   * @return {@code true} for instruments scored as a sum of items
   */
  public boolean hasWholeNumberTotals() {
    return scoring == Scoring.SUM;
  }

  /**
   * The facts behind the items, scoring and bands.
   *
   * @return the item fact, and the band fact when it differs
   */
  public List<Citation> citations() {
    return citation.equals(bands.citation()) ? List.of(citation) : List.of(citation, bands.citation());
  }

  /**
   * Band labels, lowest first.
   *
   * @return the labels of the severity bands, from the lowest (best) band
   */
  public List<String> bandLabels() {
    return bands.bands().stream().map(Band::label).toList();
  }

  /**
   * Scores one administration. Items are in the instrument's order; an unanswered ODI section is
   * {@code null}. Every wrong thing is reported at once: a wrong item count ({@code items}), an
   * unanswered item that must be answered or an answer out of range ({@code items[3]}).
   *
   * @param items the answers in item order
   * @return the score with its total and band
   * @throws InvalidInputException naming every problem: null or wrong-length {@code items}, each unanswered
   *     item that must be answered and each answer out of range ({@code items[3]})
   */
  public Score score(@Nullable List<? extends @Nullable Integer> items) {
    return Score.of(this, ItemValidation.validate(this, items));
  }

  /**
   * Convenience for tests and the command line.
   *
   * @param items the answers in item order
   * @return the score with its total and band
   * @throws InvalidInputException as {@link #score(List)}
   */
  public Score score(Integer @Nullable ... items) {
    return score(items == null ? null : Arrays.asList(items)); // a null array is refused as "items", like a null list
  }

  Scoring scoring() {
    return scoring;
  }

  int displayScale() {
    return displayScale;
  }

  BandScale bandScale() {
    return bands;
  }

  Citation itemCitation() {
    return citation;
  }

  /** The value an answer contributes: reversed items count (minimum + maximum - answer). */
  int scoredValue(int itemNumber, int answer) {
    return isReversed(itemNumber) ? itemMinimum + itemMaximum - answer : answer;
  }
}
