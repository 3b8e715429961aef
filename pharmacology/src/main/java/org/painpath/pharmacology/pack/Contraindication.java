package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.apiguardian.api.API;

/**
 * A condition that rules the drug out. The reference gives no codes for these conditions, so they are
 * matched by name: a patient condition whose display text contains one of {@code conditionNames}
 * (lower-case) matches. No code is invented.
 *
 * @param conditionNames words a patient condition's display must contain to match, any case
 * @param message what the finding says, in words a clinician reads
 * @param citation where the contraindication comes from
 */
@API(status = EXPERIMENTAL)
public record Contraindication(List<String> conditionNames, String message, Citation citation) {

  /**
   * Lower-cases the condition names.
   *
   * @param conditionNames words a patient condition's display must contain to match, any case
   * @param message what the finding says, in words a clinician reads
   * @param citation where the contraindication comes from
   */
  public Contraindication {
    conditionNames = conditionNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * Whether a patient condition matches by its display text.
   *
   * @param condition the patient's condition
   * @return true when its display contains one of the names
   */
  public boolean matches(Code condition) {
    String display = condition.display().toLowerCase(Locale.ROOT);
    return conditionNames.stream().anyMatch(display::contains);
  }
}
