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
 */
public record Candidate(
    int begin, int end, String name, Optional<String> type, String reason, double confidence) {
  public Candidate {
    type = Objects.requireNonNullElse(type, Optional.empty());
    if (begin < 0 || end <= begin) {
      throw new ExtractException("bad candidate span [" + begin + "," + end + ") for " + name);
    }
  }
}
