package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of article text that refers to an entity, and how the step that found it decided which.
 *
 * @param entity IRI of the entity it refers to
 * @param begin start offset, in code points of the article text
 * @param end end offset (exclusive), in code points
 * @param anchor the text between {@code begin} and {@code end}
 * @param suffix a case ending written onto the name right after the span, or empty
 * @param confidence how sure the step is, from 0 to 1
 * @param extractor name of the step that found it ({@code lexicon}, {@code coreference}, …)
 * @param linking the documented rule that chose {@code entity} among the candidates
 * @param alternatives other entities the same words could have meant
 * @param antecedent for a coreferent mention, the mention it resolves to
 */
public record Mention(
    String entity,
    int begin,
    int end,
    String anchor,
    String suffix,
    double confidence,
    String extractor,
    String linking,
    List<String> alternatives,
    Optional<Span> antecedent) {

  /** What a hand-written extraction document gets where it says nothing of the step or rule. */
  public static final String CURATED = "curated";

  /** A code point span of the article text. */
  public record Span(int begin, int end) {}

  public Mention {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad span [" + begin + "," + end + ") for " + anchor);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence " + confidence + " outside [0,1]");
    }
    suffix = Objects.requireNonNullElse(suffix, "");
    extractor = Objects.requireNonNullElse(extractor, CURATED);
    linking = Objects.requireNonNullElse(linking, CURATED);
    alternatives = List.copyOf(Objects.requireNonNullElse(alternatives, List.of()));
    antecedent = Objects.requireNonNullElse(antecedent, Optional.empty());
  }

  public Span span() {
    return new Span(begin, end);
  }
}
