package org.painpath.core.citation;

import static org.apiguardian.api.API.Status.STABLE;

import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;
import org.painpath.core.problem.Problems;

/**
 * One source of the clinical reference's section 0.3: its R-number, what it is, its year when known, where it was
 * read, who published that copy, and, for a copy that must not be cited, what to cite instead.
 *
 * @param id the R-number, e.g. {@code R07}
 * @param title what the source is, as the reference names it
 * @param year the publication year, or null when the reference gives none
 * @param location where it was read: URLs separated by {@code "; "}, or a pointer to the reference
 * @param provenance who published the copy read (the weakest of several locations that carry a cited fact)
 * @param replaceWith what to cite instead (a named primary document, or the kind of document to look for); present
 *     exactly when {@link Provenance#needsReplacement() the provenance needs replacement}
 */
@API(status = STABLE)
public record Source(
    String id,
    String title,
    @Nullable Integer year,
    String location,
    Provenance provenance,
    @Nullable String replaceWith) {

  /**
   * Refuses a source without an id, title, location or provenance, a flagged source without a note on what to cite
   * instead, and such a note on a source not flagged.
   *
   * @param id the R-number
   * @param title what the source is
   * @param year the publication year, or null
   * @param location where it was read
   * @param provenance who published the copy read
   * @param replaceWith what to cite instead, or null when the provenance needs no replacement
   * @throws org.painpath.core.problem.InvalidInputException naming every bad component at once
   */
  public Source {
    Problems.Collector problems = Problems.collector();
    problems.check(
        id != null && Citation.isSourceId(id), "id", "bad-source-id", () -> "\"" + id + "\" is not a source id such as R02");
    problems.check(title != null && !title.isBlank(), "title", "required", "is required");
    problems.check(location != null && !location.isBlank(), "location", "required", "is required");
    if (problems.check(provenance != null, "provenance", "required", "is required (one of " + names() + ")")) {
      boolean hasNote = replaceWith != null && !replaceWith.isBlank();
      if (provenance.needsReplacement()) {
        problems.check(
            hasNote, "replaceWith", "replacement-missing", () -> "a source flagged " + provenance + " must say what to cite instead");
      } else {
        problems.check(
            replaceWith == null,
            "replaceWith",
            "replacement-not-flagged",
            () -> "only a source flagged for replacement says what to cite instead; this one is " + provenance);
      }
    }
    problems.throwIfAny();
  }

  /**
   * Whether this source is flagged for replacement (an unauthorised mirror, a forum or blog, or an AI-written summary).
   *
   * @return {@code provenance().needsReplacement()}
   */
  public boolean flaggedForReplacement() {
    return provenance.needsReplacement();
  }

  static String names() {
    StringBuilder names = new StringBuilder();
    for (Provenance p : Provenance.values()) {
      names.append(names.length() == 0 ? "" : ", ").append(p.name());
    }
    return names.toString();
  }
}
