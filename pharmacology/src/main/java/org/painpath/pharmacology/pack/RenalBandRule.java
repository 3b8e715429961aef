package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.citation.Citation;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.style.PainpathStyle;
import org.apiguardian.api.API;

/**
 * What a label says for one creatinine-clearance band (lower bound included, upper excluded, see
 * {@link ClearanceBand}). A band may rule the drug out, set its own ceiling (absolute, per indication,
 * a multiple of the normal ceiling, or proportional to clearance below a reference value), its own start
 * and step, and the frequencies the label gives for it. Anything not set is as for normal function.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableRenalBandRule.class)
@JsonDeserialize(as = ImmutableRenalBandRule.class)
@API(status = EXPERIMENTAL)
public abstract class RenalBandRule {

  /**
   * The band's lowest clearance in mL/min (JSON {@code from}); one of {@code RenalFunction.BAND_EDGES}.
   *
   * @return the lower bound, or empty for no lower bound
   */
  @JsonProperty("from")
  public abstract Optional<BigDecimal> fromInclusive();

  /**
   * The clearance the band stops below, in mL/min (JSON {@code below}).
   *
   * @return the upper bound, or empty for no upper bound
   */
  @JsonProperty("below")
  public abstract Optional<BigDecimal> belowExclusive();

  /**
   * The citation of the band.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * Whether the drug is avoided in this band. Default false.
   *
   * @return true to avoid
   */
  @Value.Default
  public boolean avoid() {
    return false;
  }

  /**
   * The band's maximum daily dose.
   *
   * @return the maximum, or empty
   */
  public abstract Optional<CitedAmount> maxDaily();

  /**
   * The band's maximum per indication (pregabalin).
   *
   * @return the ceilings, possibly empty
   */
  public abstract List<IndicationCeiling> maxDailyByIndication();

  /**
   * Multiplier on the normal ceiling (venlafaxine x 0.75, VEN-04).
   *
   * @return the factor, or empty
   */
  public abstract Optional<CitedNumber> factor();

  /**
   * Scale the band ceiling by clearance / this value (gabapentin below 15 mL/min: "reduce in proportion
   * to CrCl", GAB-R4). Rounded down to 0.1 mg.
   *
   * @return the reference clearance in mL/min, or empty
   */
  public abstract Optional<CitedNumber> proportionalToClearanceOf();

  /**
   * The band's start.
   *
   * @return the start, or empty to keep the normal one
   */
  public abstract Optional<StartRule> start();

  /**
   * The band's titration step.
   *
   * @return the step, or empty to keep the normal one
   */
  public abstract Optional<CitedAmount> step();

  /**
   * The band's maximum single dose.
   *
   * @return the maximum, or empty
   */
  public abstract Optional<CitedAmount> maxSingle();

  /**
   * The frequencies the label gives for the band.
   *
   * @return the frequencies, or empty to keep the label's
   */
  public abstract List<Frequency> frequencies();

  /**
   * The administrations a day the label gives for maintenance in this band (GAB-R1: three times a day
   * from 900 mg/day), checked on every day of a regimen and every step of a titration.
   *
   * @return the rule, or empty when the band's frequencies alone apply
   */
  public abstract Optional<MaintenanceSplit> maintenanceSplit();

  /**
   * The dose options the label tabulates for the band (GAB-R2: 200, 300, 400, 500 or 700 mg twice a
   * day), from which the nearest regimen not above an order is suggested.
   *
   * @return the rows, possibly empty
   */
  public abstract List<LabelledRegimen> labelledRegimens();

  /**
   * The label's advice for the band in words.
   *
   * @return the advice, or empty
   */
  public abstract Optional<String> advice();

  /**
   * The band as a clinician reads it ("CrCl 30 to &lt; 60 mL/min"), built once.
   *
   * @return the band's text
   */
  @Value.Lazy
  public String bandText() {
    return band().toString();
  }

  /**
   * The band, built once (renal limits ask for it for every drug of every check).
   *
   * @return the band
   */
  @Value.Lazy
  public ClearanceBand band() {
    return new ClearanceBand(fromInclusive().orElse(null), belowExclusive().orElse(null));
  }
}
