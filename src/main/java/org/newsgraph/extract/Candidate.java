package org.newsgraph.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A name the lexicon does not know, found because it is quoted or stands before a type word ({@code
 * मॉडेल}, "company"). It is marked as a candidate, has low confidence and is never linked to an
 * outside identifier.
 *
 * @param begin start of the name, code points
 * @param end end of the name (exclusive)
 * @param name the name as written
 * @param type the class a type word suggests, or empty
 * @param reason {@code quoted} or {@code before-type-word}
 * @param confidence from 0 to 1
 * @param entity the candidate entity's IRI, minted from the name and type by {@code
 *     org.newsgraph.extract.discover.CandidateIris}, so that the same name in another article is
 *     the same node; empty for a name no mention refers to, which then gets an IRI of its own
 */
public record Candidate(
    int begin,
    int end,
    String name,
    Optional<String> type,
    String reason,
    double confidence,
    Optional<String> entity) {
  public Candidate {
    type = Objects.requireNonNullElse(type, Optional.empty());
    entity = Objects.requireNonNullElse(entity, Optional.empty());
    if (begin < 0 || end <= begin) {
      throw new ExtractException("bad candidate span [" + begin + "," + end + ") for " + name);
    }
  }
}
