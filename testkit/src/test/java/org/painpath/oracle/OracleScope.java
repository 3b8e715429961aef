package org.painpath.oracle;

/**
 * The adversarial classes the oracle's cases are drawn from, each with a switch. A class whose switch
 * is off is never generated: that is how the oracle property passes on an SDK that still has the gap
 * (issue 12) without the oracle itself being weakened. The coordinator turns a switch on once the rule
 * that closes the gap is merged; {@link OracleGapExamplesTest} fails with "turn ... on" as soon as the
 * gap's examples are rejected, so a switch is never left off by oversight.
 */
enum OracleScope {
  /** One drug written as several items (daily totals over items). */
  SPLIT_ITEMS("split items", true),
  /** Formulations of one ingredient together (bupropion IR/SR/XL, venlafaxine IR/ER): one ingredient total. */
  ACROSS_FORMULATIONS("formulations of one ingredient", true),
  /** Doses of one ingredient at the same clock time: their sum against the single-dose maximum. */
  COINCIDING_DOSES("coinciding times", true),
  /** Bupropion SR doses less than 8 h apart (BUP-01): counted as one administration. */
  CLOSE_SPACING("closely spaced times", true),
  /** Every-other-day items (Q48H): held to the calendar day they are given. */
  EVERY_OTHER_DAY("Q48H", true),
  /** The same mass in g, mg and mcg. */
  MIXED_UNITS("mixed units", true),
  /** Patch periods on non-patches, lidocaine patches off their 12-h-on/12-h-off shape or with a stated wear time. */
  PATCH_SHAPE("patch shapes", true),
  /** A given clearance contradicting Cockcroft-Gault, or haemodialysis with a clearance of 15 or more. */
  KIDNEY_CONTRADICTION("contradictory kidney data", true),
  /** Renal function that cannot be known (no weight, no creatinine, dialysis without residual clearance). */
  MISSING_KIDNEY_DATA("missing kidney data", true),
  /** An opioid that is new or increased relative to the patient's current medications. */
  OPIOID_NEW("opioid new or increased", true),
  /** Names in disguise: look-alike letters, brands, case and width, typos (regimen items and medication lists). */
  LOOKALIKE_NAMES("look-alike names", true);

  private final String label;
  private final boolean on;

  OracleScope(String label, boolean on) {
    this.label = label;
    this.on = on;
  }

  String label() {
    return label;
  }

  /**
   * Switched on here, or for one run by the system property {@value #FORCE} (comma-separated names,
   * or ALL): how the coordinator tries a switch before flipping it, and how a removed rule is shown to be
   * caught.
   */
  boolean on() {
    String forced = System.getProperty(FORCE, "");
    return on || forced.equals("ALL") || java.util.Arrays.asList(forced.split(",")).contains(name());
  }

  static final String FORCE = "painpath.oracle.scopes";
}
