package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.citation.Citation;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.style.PainpathStyle;
import org.apiguardian.api.API;

/**
 * What a label says for hepatic impairment of the given Child-Pugh classes: avoid, a multiplier, an
 * absolute ceiling, restricted frequencies, or advice only.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableHepaticRule.class)
@JsonDeserialize(as = ImmutableHepaticRule.class)
@API(status = EXPERIMENTAL)
public abstract class HepaticRule {

  /**
   * The Child-Pugh classes the rule applies to.
   *
   * @return the classes
   */
  public abstract List<ChildPughClass> classes();

  /**
   * The citation of the rule.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * Whether the drug is avoided in these classes (e.g. duloxetine, DUL-05). Default false.
   *
   * @return true to avoid
   */
  @Value.Default
  public boolean avoid() {
    return false;
  }

  /**
   * A multiplier on the normal ceiling.
   *
   * @return the factor, or empty
   */
  public abstract Optional<CitedNumber> factor();

  /**
   * An absolute maximum daily dose.
   *
   * @return the maximum, or empty
   */
  public abstract Optional<CitedAmount> maxDaily();

  /**
   * An absolute maximum single dose.
   *
   * @return the maximum, or empty
   */
  public abstract Optional<CitedAmount> maxSingle();

  /**
   * The only frequencies allowed in these classes.
   *
   * @return the frequencies, or empty to keep the label's
   */
  public abstract List<Frequency> frequencies();

  /**
   * The dose of a labelled every-other-day regimen for these classes (bupropion "150 mg every other day",
   * BUP-06): an every-other-day order of this drug is held to it on the day it is given, instead of to
   * the daily maximum.
   *
   * @return the every-other-day dose, or empty
   */
  public abstract Optional<CitedAmount> everyOtherDay();

  /**
   * The label's advice in words.
   *
   * @return the advice, or empty
   */
  public abstract Optional<String> advice();
}
