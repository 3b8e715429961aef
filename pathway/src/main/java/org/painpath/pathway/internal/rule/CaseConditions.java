package org.painpath.pathway.internal.rule;

/**
 * The few conditions more than one sub-pathway reads (sub-pathways never see each other, so a
 * condition they share lives here, once).
 */
public final class CaseConditions {

  /** The diagnostic evaluation is interpreted or skipped with a reason (PW-05, SAMS-03). */
  public static final Condition EVALUATION_SETTLED =
      Condition.of("the diagnostic evaluation is interpreted or skipped", (s, asOf) -> s.evaluation().isSettled());

  /** The case has been referred for multidisciplinary rehabilitation. */
  public static final Condition REFERRED =
      Condition.of("referred for multidisciplinary rehabilitation", (s, asOf) -> s.multidisciplinaryReferral() != null);

  /** A neuropathic component was documented when the case opened (PIT-06). */
  public static final Condition NEUROPATHIC_COMPONENT =
      Condition.of("a neuropathic component is documented", (s, asOf) -> s.neuropathicComponent());

  private CaseConditions() {}
}
