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

  public abstract List<ChildPughClass> classes();

  public abstract Citation citation();

  @Value.Default
  public boolean avoid() {
    return false;
  }

  public abstract Optional<CitedNumber> factor();

  public abstract Optional<CitedAmount> maxDaily();

  public abstract Optional<CitedAmount> maxSingle();

  public abstract List<Frequency> frequencies();

  /**
   * The dose of a labelled every-other-day regimen for these classes (bupropion "150 mg every other day",
   * BUP-06): an every-other-day order of this drug is held to it on the day it is given, instead of to
   * the daily maximum.
   */
  public abstract Optional<CitedAmount> everyOtherDay();

  public abstract Optional<String> advice();
}
