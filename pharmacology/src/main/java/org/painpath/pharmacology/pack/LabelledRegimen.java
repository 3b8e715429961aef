package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.painpath.core.schedule.Frequency;

/**
 * One row of a renal band's dose options as the label tabulates them (gabapentin at CrCl 30-59 mL/min:
 * 200, 300, 400, 500 or 700 mg twice a day, GAB-R2): the regimens a suggestion may come from.
 *
 * @param frequency the frequency of every option of the row
 * @param doses the doses per administration the label lists, each with its citation
 */
@API(status = EXPERIMENTAL)
public record LabelledRegimen(Frequency frequency, List<CitedAmount> doses) {

  /**
   * Copies the doses.
   *
   * @param frequency the frequency of every option of the row
   * @param doses the doses per administration, each with its citation
   */
  public LabelledRegimen {
    doses = doses == null ? List.of() : List.copyOf(doses);
  }
}
