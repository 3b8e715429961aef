package org.painpath.core.citation;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Who published the copy of a source that painpath actually read: the publisher itself, a secondary reference, or a
 * copy or summary that must not be cited. A source read at several locations takes the weakest of those that carry a
 * cited fact. The constants run from strongest to weakest; the last three flag the source for replacement.
 */
@API(status = STABLE)
public enum Provenance {
  /**
   * The regulator, publisher or authors' own copy, or an official database: fda.gov, api.fda.gov, DailyMed, the
   * journal's site, PubMed Central, nice.org.uk, a health authority's own page.
   */
  PUBLISHER,
  /**
   * A secondary reference in its own right: a drug-information site (drugs.com, RxList, Medscape), a review, a
   * calculator or encyclopaedia page, a public code repository. Citable, but confirm against the primary.
   */
  SECONDARY,
  /**
   * A third party's copy of a copyrighted or paywalled text (an UpToDate or eTG copy, a document-upload site), or a
   * label copy on a site with no evident right to it.
   */
  UNAUTHORISED_MIRROR,
  /** A forum post, blog or other self-published page without editorial accountability. */
  FORUM_OR_BLOG,
  /** A clinical summary written by an AI system (for example droracle.ai), even when it quotes a label. */
  AI_WRITTEN_SUMMARY;

  /**
   * Whether a source of this provenance is flagged for replacement: it must name what to cite instead.
   *
   * @return true for {@link #UNAUTHORISED_MIRROR}, {@link #FORUM_OR_BLOG} and {@link #AI_WRITTEN_SUMMARY}
   */
  public boolean needsReplacement() {
    return this == UNAUTHORISED_MIRROR || this == FORUM_OR_BLOG || this == AI_WRITTEN_SUMMARY;
  }
}
