package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.painpath.core.citation.Citation;
import org.painpath.pharmacology.drug.DrugClass;

/**
 * The drug is contraindicated around an abrupt withdrawal (bupropion, BUP-05): of a medication of one of
 * {@code classes} whose last dose, taken or planned, falls less than {@code windowDays} before the drug
 * starts (or after it starts), unless the stop followed a completed taper; and of alcohol, recorded as a
 * condition of the patient ({@code alcohol}).
 *
 * @param classes the classes whose abrupt stop counts (benzodiazepines, barbiturates, antiepileptics)
 * @param alcohol whether a recorded alcohol withdrawal counts
 * @param windowDays how recent a stop counts, in days before the start (a DESIGN window)
 * @param message what the finding says, in words a clinician reads
 * @param citation where the contraindication comes from
 */
@API(status = EXPERIMENTAL)
public record AbruptWithdrawal(List<DrugClass> classes, boolean alcohol, CitedCount windowDays, String message, Citation citation) {

  /**
   * Copies the classes.
   *
   * @param classes the classes whose abrupt stop counts
   * @param alcohol whether a recorded alcohol withdrawal counts
   * @param windowDays how recent a stop counts
   * @param message the finding's words
   * @param citation the source
   */
  public AbruptWithdrawal {
    classes = List.copyOf(classes);
  }
}
